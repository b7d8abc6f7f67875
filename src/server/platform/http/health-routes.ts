import type { FastifyPluginCallback } from 'fastify';
import { apiPaths } from '../../../contract/api-paths.ts';
import type { Readiness, ReadinessCheck } from '../../../contract/health.ts';
import type { ChannelDb } from '../../scale-unit/db/channel-db.ts';
import { channelMigrations } from '../../scale-unit/db/channel-db.ts';
import { hqMigrations, type HqDb } from '../../headquarters/db/hq-db.ts';
import type { Migration, Sqlite } from '../db/sqlite.ts';

/** What /readyz asks beyond the databases: whether the job scheduler is running. */
export type ReadinessProbe = () => { jobScheduler: boolean };

function answers(db: Sqlite): boolean {
  try {
    return db.prepare('SELECT 1 AS one').get() !== undefined;
  } catch {
    return false;
  }
}

function migrated(db: Sqlite, migrations: readonly Migration[]): boolean {
  try {
    return db.pragma('user_version', { simple: true }) === migrations.length;
  } catch {
    return false;
  }
}

/** Every readiness check and whether it passes. */
export function readinessOf(
  hqDb: HqDb,
  channelDb: ChannelDb,
  probe: ReadinessProbe,
): Record<ReadinessCheck, boolean> {
  return {
    hqDatabase: answers(hqDb),
    channelDatabase: answers(channelDb),
    migrations: migrated(hqDb, hqMigrations) && migrated(channelDb, channelMigrations),
    jobScheduler: probe().jobScheduler,
  };
}

/**
 * GET /healthz: 200 `{ status: 'ok' }` while the process answers. GET /readyz: 200 when both
 * databases answer a query, their migrations are done and the job scheduler runs; 503 naming
 * what is not ready. Both public: no secret, no data.
 */
export function healthRoutes(deps: {
  hqDb: HqDb;
  channelDb: ChannelDb;
  probe: ReadinessProbe;
}): FastifyPluginCallback {
  return (app, _opts, done) => {
    app.get(apiPaths.healthz, () => ({ status: 'ok' as const }));
    app.get(apiPaths.readyz, (_request, reply) => {
      const checks = readinessOf(deps.hqDb, deps.channelDb, deps.probe);
      const notReady = (Object.keys(checks) as ReadinessCheck[]).filter((k) => !checks[k]);
      const body: Readiness = { status: notReady.length ? 'not-ready' : 'ready', notReady };
      return reply.code(notReady.length ? 503 : 200).send(body);
    });
    done();
  };
}
