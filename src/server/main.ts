import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { createApp } from './app.ts';
import { systemClock } from './platform/clock.ts';
import { openChannelDb } from './scale-unit/db/channel-db.ts';
import { openHqDb } from './headquarters/db/hq-db.ts';
import { isHqEmpty, seedDemoData } from './headquarters/demo-data.ts';
import { readEnv, usesDefaultAdminPassword } from './platform/env.ts';
import { createJobRunner } from './headquarters/jobs/job-runner.ts';
import { createJobScheduler } from './headquarters/jobs/job-scheduler.ts';
import { ensureJobSchedules } from './headquarters/jobs/job-schedules.ts';
import { hashAdminPassword } from './headquarters/http/admin-password.ts';
import { createListeners } from './platform/listeners.ts';
import { loggerOptions } from './platform/logger.ts';
import { tabletSetup } from './platform/tls/tablet-setup.ts';
import { openTls } from './platform/tls/tls-service.ts';
import { scheduleTlsRenewal, tlsCheckMessages } from './platform/tls/tls-renewal.ts';
import { checkTestControls } from './testing/test-controls-guard.ts';
import { createRegisterPokeHub } from './scale-unit/events/register-pokes.ts';

const env = readEnv();
const testControlsWarning = checkTestControls(env.POS_TEST_CONTROLS === '1', env.HOST);
mkdirSync(env.DATA_DIR, { recursive: true });
const hqDb = openHqDb(path.join(env.DATA_DIR, 'hq.sqlite'));
const channelDb = openChannelDb(path.join(env.DATA_DIR, 'channel.sqlite'));
const clock = systemClock;
const pokes = createRegisterPokeHub({ channelDb, clock }); // poke (issue 12): shared by app and jobs
const jobs = createJobRunner({ hqDb, channelDb, clock, pokes });
const adminCredential = hashAdminPassword(env.HQ_ADMIN_PASSWORD);
const tls = await openTls({ env, now: clock.now() });
const listeners = createListeners(tls.service.material());

ensureJobSchedules(hqDb, env.HQ_JOB_SCHEDULE === 'on');
if (isHqEmpty(hqDb)) {
  seedDemoData(hqDb, {
    customers: env.DEMO_CUSTOMERS,
    extraRegisters: env.DEMO_EXTRA_REGISTERS,
    clock,
  });
  await jobs.run('distribution-1010', 'manual');
}

const app = createApp({
  hqDb,
  channelDb,
  clock,
  distDir: existsSync(env.DIST_DIR) ? env.DIST_DIR : null,
  testControls: env.POS_TEST_CONTROLS === '1',
  jobs,
  pokes,
  logger: loggerOptions(process.stdout.isTTY),
  serverFactory: listeners.serverFactory,
  https: tls.service,
  adminCredential,
  adminPasswordIsDefault: usesDefaultAdminPassword(),
  httpPort: env.PORT,
  readiness: () => ({ jobScheduler: scheduler.isRunning() }),
  activationsPerMinute: env.ACTIVATIONS_PER_MINUTE,
  registerHealth: {
    silentMinutes: env.REGISTER_SILENT_MINUTES,
    waitingMinutes: env.REGISTER_WAITING_MINUTES,
  },
});
const scheduler = createJobScheduler({
  hqDb,
  runner: jobs,
  clock,
  onError: (error) => app.log.error({ err: error }, 'scheduled job failed'),
});

if (testControlsWarning) app.log.warn(testControlsWarning);
await listeners.listen(app, { host: env.HOST, port: env.PORT, httpsPort: env.HTTPS_PORT });
const tlsMessages = tlsCheckMessages(tls.initial, tls.service.dir);
tlsMessages.info.forEach((line) => app.log.info(line));
tlsMessages.warn.forEach((line) => app.log.warn(line));
const local = `http://localhost:${env.PORT}`;
app.log.info(`POS at ${local}/ · HQ console at ${local}/hq (on ${env.HOST})`);
const tabletUrls = tabletSetup(tls.service.material(), env.HTTPS_PORT).httpsUrls;
app.log.info(
  tabletUrls.length > 0
    ? `Tablets: ${tabletUrls.join(' · ')}`
    : 'Tablets: no shop-network name or address in the certificate (set TLS_NAMES).',
);
const renewal = scheduleTlsRenewal({
  service: tls.service,
  clock,
  initial: tls.initial,
  apply: (material) => listeners.setCertificate(material),
  log: {
    info: (message) => app.log.info(message),
    warn: (message) => app.log.warn(message),
    error: (error) => app.log.error({ err: error }, 'https certificate check failed'),
  },
});
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

let closing = false;
async function shutdown(signal: string): Promise<void> {
  if (closing) return;
  closing = true;
  app.log.info(`${signal}: shutting down`);
  await scheduler.stop();
  renewal.stop();
  await app.close();
  hqDb.close();
  channelDb.close();
  app.log.info('Server stopped.');
  process.exit(0);
}
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    shutdown(signal).catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
  });
}
