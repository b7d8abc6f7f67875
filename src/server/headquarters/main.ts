import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { scaleUnitHttpClient } from '../link/http-client.ts';
import { systemClock } from '../platform/clock.ts';
import { readEnv, usesDefaultAdminPassword } from '../platform/env.ts';
import { serve } from '../platform/serve.ts';
import { openHqDb } from './db/hq-db.ts';
import { createHqApp } from './hq-app.ts';
import { readHqEnv } from './hq-env.ts';
import { startHq } from './hq-start.ts';
import { hashAdminPassword } from './http/admin-password.ts';
import { createJobRunner } from './jobs/job-runner.ts';
import { scaleUnitDirectory } from './scale-units/scale-unit-directory.ts';

// `npm run start:hq`: headquarters alone; its scale units are separate services (SCALE_UNITS).
const env = readEnv();
const hqEnv = readHqEnv();
mkdirSync(env.DATA_DIR, { recursive: true });
const hqDb = openHqDb(path.join(env.DATA_DIR, 'hq.sqlite'));
const clock = systemClock;
const entries = hqEnv.scaleUnits.map((unit) => ({
  id: unit.id,
  url: unit.url,
  link: scaleUnitHttpClient({
    id: unit.id,
    url: unit.url,
    secret: unit.secret,
    ...(hqEnv.linkCa ? { ca: hqEnv.linkCa } : {}),
  }),
}));
const scaleUnits = scaleUnitDirectory(entries);
const secrets = new Map(hqEnv.scaleUnits.map((unit) => [unit.id, unit.secret]));
const jobs = createJobRunner({ hqDb, clock, scaleUnits });

// The demo stores and customers in an empty HQ; the scale units get them from 1010 once they answer.
const { scheduler, logTo } = startHq({ hqDb, env, jobs, clock });

await serve({
  env,
  build: ({ serverFactory, https, logger }) =>
    createHqApp({
      ctx: {
        hqDb,
        clock,
        scaleUnits,
        jobs,
        adminPassword: {
          fromEnv: hashAdminPassword(env.HQ_ADMIN_PASSWORD),
          envIsDefault: usesDefaultAdminPassword(),
        },
        httpPort: env.PORT,
        registerHealth: {
          silentMinutes: env.REGISTER_SILENT_MINUTES,
          waitingMinutes: env.REGISTER_WAITING_MINUTES,
        },
      },
      linkSecrets: (id) => secrets.get(id) ?? null,
      readiness: () => ({ jobScheduler: scheduler.isRunning() }),
      distDir: existsSync(env.DIST_DIR) ? env.DIST_DIR : null,
      logger,
      serverFactory,
      https,
    }),
  started(app) {
    logTo(app.log);
    app.log.info(
      `Headquarters: HQ console at http://localhost:${env.PORT}/hq (on ${env.HOST}); scale units: ${entries
        .map((unit) => `${unit.id} at ${unit.url}`)
        .join(' · ')}`,
    );
    scheduler.start();
  },
  async close() {
    await scheduler.stop();
    for (const unit of entries) await unit.link.close?.();
    hqDb.close();
  },
});
