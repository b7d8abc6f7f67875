import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { createApp } from './app.ts';
import { openHqDb } from './headquarters/db/hq-db.ts';
import { hashAdminPassword } from './headquarters/http/admin-password.ts';
import { startHq } from './headquarters/hq-start.ts';
import { systemClock } from './platform/clock.ts';
import { readEnv, usesDefaultAdminPassword } from './platform/env.ts';
import { serve } from './platform/serve.ts';
import { openChannelDb } from './scale-unit/db/channel-db.ts';
import { connectInProcess } from './single-process.ts';
import { checkTestControls } from './testing/test-controls-guard.ts';

// `npm start`: headquarters and one scale unit serving every store, in this one process.
const env = readEnv();
const testControlsWarning = checkTestControls(env.POS_TEST_CONTROLS === '1', env.HOST);
mkdirSync(env.DATA_DIR, { recursive: true });
const hqDb = openHqDb(path.join(env.DATA_DIR, 'hq.sqlite'));
const channelDb = openChannelDb(path.join(env.DATA_DIR, 'channel.sqlite'));
const clock = systemClock;
const system = connectInProcess({ hqDb, channelDb, clock });
const { jobs } = system;

const { seeded, scheduler, logTo } = startHq({ hqDb, env, jobs, clock });
// The demo customers reach the scale unit before the first register asks.
if (seeded) await jobs.run('distribution-1010', 'manual');

await serve({
  env,
  build: ({ serverFactory, https, logger }) =>
    createApp({
      hqDb,
      channelDb,
      clock,
      system,
      distDir: existsSync(env.DIST_DIR) ? env.DIST_DIR : null,
      testControls: env.POS_TEST_CONTROLS === '1',
      logger,
      serverFactory,
      https,
      adminCredential: hashAdminPassword(env.HQ_ADMIN_PASSWORD),
      adminPasswordIsDefault: usesDefaultAdminPassword(),
      httpPort: env.PORT,
      readiness: () => ({ jobScheduler: scheduler.isRunning() }),
      activationsPerMinute: env.ACTIVATIONS_PER_MINUTE,
      registerHealth: {
        silentMinutes: env.REGISTER_SILENT_MINUTES,
        waitingMinutes: env.REGISTER_WAITING_MINUTES,
      },
    }),
  started(app) {
    logTo(app.log);
    if (testControlsWarning) app.log.warn(testControlsWarning);
    const local = `http://localhost:${env.PORT}`;
    app.log.info(`POS at ${local}/ · HQ console at ${local}/hq (on ${env.HOST})`);
    app.log.info(
      usesDefaultAdminPassword()
        ? `HQ_ADMIN_PASSWORD is not set (or is the documented default): until a new password is chosen at http://localhost:${env.PORT}/hq/ on this machine, the console refuses sign-ins from the network.`
        : 'The HQ console password comes from HQ_ADMIN_PASSWORD, unless one was chosen in the console.',
    );
    if (!existsSync(env.DIST_DIR)) {
      app.log.warn(
        `No built app in ${env.DIST_DIR}: run "npm run build" to serve the POS and HQ console.`,
      );
    }
    scheduler.start();
  },
  async close() {
    await scheduler.stop();
    hqDb.close();
    channelDb.close();
  },
});
