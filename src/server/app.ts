import fastifyCookie from '@fastify/cookie';
import Fastify, {
  LogController,
  type FastifyInstance,
  type FastifyServerFactory,
  type FastifyServerOptions,
} from 'fastify';
import { existsSync } from 'node:fs';
import { apiPaths } from '../contract/api-paths.ts';
import type { AppContext, RegisterHealthThresholds } from './app-context.ts';
import { systemClock, type Clock } from './platform/clock.ts';
import type { ChannelDb } from './scale-unit/db/channel-db.ts';
import type { HqDb } from './headquarters/db/hq-db.ts';
import { createJobRunner, type JobRunner } from './headquarters/jobs/job-runner.ts';
import { frameworkErrorReply, installErrorHandler } from './platform/http/error-handler.ts';
import type { AdminCredential } from './headquarters/http/admin-password.ts';
import { installRealtimeCapacity } from './platform/http/capacity-limit.ts';
import { hqSessionRoutes, requireHqAdmin } from './headquarters/http/hq-admin-auth.ts';
import { installHostAllowList } from './platform/http/host-allow-list.ts';
import { installHttpsRedirect } from './platform/http/https-redirect.ts';
import { installOriginCheck } from './platform/http/origin-check.ts';
import { installSecurityHeaders } from './platform/http/security-headers.ts';
import { installUnsafeTextGuard } from './platform/http/unsafe-text-guard.ts';
import { activationRoutes, maxActivationAttempts } from './scale-unit/routes/activation-routes.ts';
import { healthRoutes, type ReadinessProbe } from './platform/http/health-routes.ts';
import { hqAsyncCustomerRoutes } from './headquarters/routes/hq-async-customer-routes.ts';
import { hqCustomerRoutes } from './headquarters/routes/hq-customer-routes.ts';
import { hqDuplicateRoutes } from './headquarters/routes/hq-duplicate-routes.ts';
import { hqJobRoutes } from './headquarters/routes/hq-job-routes.ts';
import { hqRegisterRoutes } from './headquarters/routes/hq-register-routes.ts';
import { hqSettingsRoutes } from './headquarters/routes/hq-settings-routes.ts';
import { hqStoreRoutes } from './headquarters/routes/hq-store-routes.ts';
import { hqTabletSetupRoutes } from './headquarters/routes/hq-tablet-setup-routes.ts';
import { realtimeRoutes } from './scale-unit/routes/realtime-routes.ts';
import { registerRoutes } from './scale-unit/routes/register-routes.ts';
import { registerStaticFiles, spaFallback } from './platform/http/static-routes.ts';
import { tabletRoutes } from './scale-unit/routes/tablet-routes.ts';
import {
  installChaosFaults,
  installScaleUnitSwitch,
  normalTestState,
  realtimeServicePrefix,
  testControlRoutes,
} from './testing/test-control-routes.ts';
import type { HttpsSide } from './platform/tls/https-side.ts';
import type { PokeHub } from './scale-unit/events/poke-hub.ts';
import {
  createRegisterPokeHub,
  installRegisterEvents,
} from './scale-unit/events/register-pokes.ts';

/** Request bodies larger than this are refused with 413. */
export const bodyLimitBytes = 1024 * 1024;

/** What the app is built from. */
export interface AppDeps {
  hqDb: HqDb;
  channelDb: ChannelDb;
  clock?: Clock;
  /** The built POS and HQ console; null or a missing directory serves no static files. */
  distDir?: string | null;
  /** Serves /api/test/* (scale-unit switch, fault injection). */
  testControls: boolean;
  /** The job runner shared with the scheduler; created here when absent. */
  jobs?: JobRunner;
  /** Fastify's logger: off in tests; pino options (JSON, or pino-pretty on a terminal) in main. */
  logger?: FastifyServerOptions['logger'];
  /** Makes the server(s) the app answers on (main: plain http and https, one handler). */
  serverFactory?: FastifyServerFactory;
  /**
   * The https side (issue 11): Host allow-list, redirect to https, the tablet downloads and HQ's
   * tablet setup. Absent (most unit tests): any Host is answered and nothing is redirected.
   */
  https?: HttpsSide;
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
  /** Activation attempts allowed per client IP a minute (default `maxActivationAttempts`, 10). */
  activationsPerMinute?: number;
  /** Numbers in [0, 1) for fault injection's failure rate (default Math.random). */
  random?: () => number;
  /** The registers' event streams (issue 12), shared with `jobs` when both are given. */
  pokes?: PokeHub;
}

/** X3 defaults: the env's REGISTER_SILENT_MINUTES and REGISTER_WAITING_MINUTES defaults. */
export const defaultRegisterHealth: RegisterHealthThresholds = {
  silentMinutes: 10,
  waitingMinutes: 15,
};

/**
 * Builds the server — scale unit (activation, register API, Real-time Service), HQ admin API,
 * test controls and static files — without listening, so tests can `inject` into it.
 */
export function createApp(deps: AppDeps): FastifyInstance {
  const clock = deps.clock ?? systemClock;
  const testState = normalTestState();
  // poke (issue 12): one hub per app, on the context as `pokes`, shared with the jobs.
  const pokes = deps.pokes ?? createRegisterPokeHub({ channelDb: deps.channelDb, clock });
  const ctx: AppContext = {
    hqDb: deps.hqDb,
    channelDb: deps.channelDb,
    clock,
    jobs:
      deps.jobs ?? createJobRunner({ hqDb: deps.hqDb, channelDb: deps.channelDb, clock, pokes }),
    testState,
    adminPassword: {
      fromEnv: deps.adminCredential,
      envIsDefault: deps.adminPasswordIsDefault ?? false,
    },
    httpPort: deps.httpPort ?? 8080,
    registerHealth: deps.registerHealth ?? defaultRegisterHealth,
    random: deps.random ?? Math.random,
    pokes,
  };
  const distDir = deps.distDir && existsSync(deps.distDir) ? deps.distDir : null;

  // Registers poll every few seconds: log start-up, warnings and errors, not every request.
  const app = Fastify({
    logger: deps.logger ?? false,
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: bodyLimitBytes,
    frameworkErrors: frameworkErrorReply,
    ...(deps.serverFactory ? { serverFactory: deps.serverFactory } : {}),
  });
  installErrorHandler(app, distDir ? spaFallback : null);
  if (deps.https) {
    installHostAllowList(app, deps.https.answersTo);
    if (deps.https.redirect) installHttpsRedirect(app, deps.https.port);
  }
  installSecurityHeaders(app);
  installOriginCheck(app, '/api/hq/');
  installScaleUnitSwitch(app, testState);
  if (deps.testControls) {
    installChaosFaults(app, testState, ctx.random);
    installRealtimeCapacity(app, testState, realtimeServicePrefix);
  }
  installUnsafeTextGuard(app, [apiPaths.upload, apiPaths.hqRescueImport]);

  void app.register(fastifyCookie);
  void app.register(
    healthRoutes({
      hqDb: deps.hqDb,
      channelDb: deps.channelDb,
      probe: deps.readiness ?? (() => ({ jobScheduler: true })),
    }),
  );
  void app.register(activationRoutes(ctx, deps.activationsPerMinute ?? maxActivationAttempts));
  void app.register(registerRoutes(ctx));
  installRegisterEvents(app, ctx); // poke (issue 12): GET /api/register/events, closed on close
  void app.register(realtimeRoutes(ctx));
  void app.register(hqSessionRoutes(ctx));
  const https = deps.https;
  if (https) void app.register(tabletRoutes(https));
  void app.register(async (hq) => {
    requireHqAdmin(hq, ctx);
    await hq.register(hqStoreRoutes(ctx));
    await hq.register(hqJobRoutes(ctx));
    await hq.register(hqCustomerRoutes(ctx));
    await hq.register(hqDuplicateRoutes(ctx));
    await hq.register(hqAsyncCustomerRoutes(ctx));
    await hq.register(hqSettingsRoutes(ctx));
    await hq.register(hqRegisterRoutes(ctx));
    if (https) await hq.register(hqTabletSetupRoutes(https));
  });
  if (deps.testControls) void app.register(testControlRoutes(testState, pokes));
  if (distDir) registerStaticFiles(app, distDir);
  return app;
}
