import type { FastifyPluginCallback } from 'fastify';
import { apiPaths } from '../../../contract/api-paths.ts';
import type { Readiness, ReadinessCheck } from '../../../contract/health.ts';
import { userVersion, type Migration, type Sqlite } from '../db/sqlite.ts';

/** What /readyz asks beyond the databases (HQ: whether the job scheduler is running). */
export type ReadinessProbe = () => { jobScheduler: boolean };

/** A database a service needs: the readiness check it answers, and its migrations. */
export interface ServiceDatabase {
  check: 'hqDatabase' | 'channelDatabase';
  db: Sqlite;
  migrations: readonly Migration[];
}

function answers(db: Sqlite): boolean {
  try {
    return db.prepare('SELECT 1 AS one').get() !== undefined;
  } catch {
    return false;
  }
}

function migrated(db: Sqlite, migrations: readonly Migration[]): boolean {
  try {
    return userVersion(db) === migrations.length;
  } catch {
    return false;
  }
}

/** Every readiness check the service has, and whether it passes. */
export function readinessOf(
  databases: readonly ServiceDatabase[],
  probe: ReadinessProbe | null,
): Partial<Record<ReadinessCheck, boolean>> {
  const checks: Partial<Record<ReadinessCheck, boolean>> = {};
  for (const { check, db } of databases) checks[check] = answers(db);
  checks.migrations = databases.every(({ db, migrations }) => migrated(db, migrations));
  if (probe) checks.jobScheduler = probe().jobScheduler;
  return checks;
}

/**
 * GET /healthz: 200 `{ status: 'ok' }` while the process answers. GET /readyz: 200 when the
 * service's databases answer a query, their migrations are done and (at HQ) the job scheduler
 * runs; 503 naming what is not ready. Both public: no secret, no data.
 */
export function healthRoutes(deps: {
  databases: readonly ServiceDatabase[];
  probe: ReadinessProbe | null;
}): FastifyPluginCallback {
  return (app, _opts, done) => {
    app.get(apiPaths.healthz, () => ({ status: 'ok' as const }));
    app.get(apiPaths.readyz, (_request, reply) => {
      const checks = readinessOf(deps.databases, deps.probe);
      const notReady = (Object.keys(checks) as ReadinessCheck[]).filter((k) => checks[k] === false);
      const body: Readiness = { status: notReady.length ? 'not-ready' : 'ready', notReady };
      return reply.code(notReady.length ? 503 : 200).send(body);
    });
    done();
  };
}
