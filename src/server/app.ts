import type { FastifyInstance } from 'fastify';
import { apiCatalog } from '../contract/api-catalog/api-catalog.ts';
import { apiPaths } from '../contract/api-paths.ts';
import type { AdminCredential } from './headquarters/http/admin-password.ts';
import { hqMigrations, type HqDb } from './headquarters/db/hq-db.ts';
import type { HqContext } from './headquarters/hq-context.ts';
import { installHeadquarters } from './headquarters/hq-service.ts';
import type { RegisterHealthThresholds } from './headquarters/register-health.ts';
import { createBaseApp, existingDistDir, type BaseAppOptions } from './platform/base-app.ts';
import { systemClock, type Clock } from './platform/clock.ts';
import { healthRoutes, type ReadinessProbe } from './platform/http/health-routes.ts';
import { registerStaticFiles } from './platform/http/static-routes.ts';
import { installOpenApi } from './platform/openapi/openapi-route.ts';
import { channelMigrations, type ChannelDb } from './scale-unit/db/channel-db.ts';
import type { ScaleUnitContext } from './scale-unit/scale-unit-context.ts';
import { installScaleUnit } from './scale-unit/scale-unit-service.ts';
import { connectInProcess, type InProcessSystem } from './single-process.ts';
import { normalTestState, testControlRoutes } from './testing/test-control-routes.ts';

export { bodyLimitBytes } from './platform/base-app.ts';

/** What the one-process app (`npm start`, unit tests) is built from. */
export interface AppDeps extends Omit<BaseAppOptions, 'perRecordRoutes'> {
  hqDb: HqDb;
  channelDb: ChannelDb;
  clock?: Clock;
  /** HQ and its scale unit joined in this process; made here when absent. */
  system?: InProcessSystem;
  /** Serves /api/test/* (scale-unit switch, fault injection). */
  testControls: boolean;
  /** The HQ console password's hash (see `hashAdminPassword`); every /api/hq call needs a session. */
  adminCredential: AdminCredential;
  /**
   * True when that password is the documented default (HQ_ADMIN_PASSWORD unset): sign-ins from
   * the network are refused until an administrator chooses a new one (default false).
   */
  adminPasswordIsDefault?: boolean;
  /** The plain-http port, named in the default-password refusal (default 8080). */
  httpPort?: number;
  /** What /readyz asks beyond the databases (main.ts: whether the job scheduler runs). */
  readiness?: ReadinessProbe;
  /** X3: when a register looks stuck (default: 10 minutes silent, 15 minutes waiting). */
  registerHealth?: RegisterHealthThresholds;
  /** Activation attempts allowed per client IP a minute (default 10). */
  activationsPerMinute?: number;
  /** Numbers in [0, 1) for fault injection's failure rate (default Math.random). */
  random?: () => number;
}

/** X3 defaults: the env's REGISTER_SILENT_MINUTES and REGISTER_WAITING_MINUTES defaults. */
export const defaultRegisterHealth: RegisterHealthThresholds = {
  silentMinutes: 10,
  waitingMinutes: 15,
};

/**
 * Builds the one-process server — headquarters (HQ console API, jobs) and its scale unit
 * (activation, register API, Real-time Service) joined by the in-process link, test controls and
 * static files — without listening, so tests can `inject` into it.
 */
export function createApp(deps: AppDeps): FastifyInstance {
  const clock = deps.clock ?? systemClock;
  const { hqDb, channelDb } = deps;
  const system = deps.system ?? connectInProcess({ hqDb, channelDb, clock });
  const hqCtx: HqContext = {
    hqDb,
    clock,
    scaleUnits: system.scaleUnits,
    jobs: system.jobs,
    adminPassword: {
      fromEnv: deps.adminCredential,
      envIsDefault: deps.adminPasswordIsDefault ?? false,
    },
    httpPort: deps.httpPort ?? 8080,
    registerHealth: deps.registerHealth ?? defaultRegisterHealth,
  };
  const scaleUnitCtx: ScaleUnitContext = {
    channelDb,
    clock,
    hq: system.hq,
    config: system.config,
    pokes: system.pokes,
    testState: normalTestState(),
  };
  const distDir = existingDistDir(deps.distDir);
  const app = createBaseApp({
    ...deps,
    perRecordRoutes: [apiPaths.upload, apiPaths.hqRescueImport],
  });
  installOpenApi(app, { services: ['headquarters', 'scale-unit'], catalog: apiCatalog }); // issue 12: before any route
  void app.register(
    healthRoutes({
      databases: [
        { check: 'hqDatabase', db: hqDb, migrations: hqMigrations },
        { check: 'channelDatabase', db: channelDb, migrations: channelMigrations },
      ],
      probe: deps.readiness ?? (() => ({ jobScheduler: true })),
    }),
  );
  installScaleUnit(app, scaleUnitCtx, {
    testControls: deps.testControls,
    random: deps.random ?? Math.random,
    ...(deps.activationsPerMinute ? { activationsPerMinute: deps.activationsPerMinute } : {}),
    ...(deps.https ? { https: deps.https } : {}),
  });
  installHeadquarters(app, hqCtx, deps.https);
  if (deps.testControls) void app.register(testControlRoutes(scaleUnitCtx.testState, system.pokes));
  if (distDir) registerStaticFiles(app, distDir);
  return app;
}
