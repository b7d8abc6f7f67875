import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { hqHttpClient } from '../link/http-client.ts';
import { systemClock } from '../platform/clock.ts';
import { readEnv } from '../platform/env.ts';
import { serve } from '../platform/serve.ts';
import { normalTestState } from '../testing/test-control-routes.ts';
import { checkTestControls } from '../testing/test-controls-guard.ts';
import { storedConfigSource } from './channel-config.ts';
import { openChannelDb } from './db/channel-db.ts';
import { awaitFirstConfig } from './first-config.ts';
import { createScaleUnitLinkService } from './link-service.ts';
import { createRegisterPokeHub } from './events/register-pokes.ts';
import { createScaleUnitApp } from './scale-unit-app.ts';
import { readScaleUnitEnv } from './scale-unit-env.ts';

// `npm run start:scale-unit`: one scale unit serving SCALE_UNIT_STORES, HQ at HQ_URL.
const env = readEnv();
const unitEnv = readScaleUnitEnv();
const testControls = env.POS_TEST_CONTROLS === '1';
const testControlsWarning = checkTestControls(testControls, env.HOST);
mkdirSync(env.DATA_DIR, { recursive: true });
const channelDb = openChannelDb(path.join(env.DATA_DIR, 'channel.sqlite'));
const clock = systemClock;
const hq = hqHttpClient({
  scaleUnitId: unitEnv.id,
  url: unitEnv.hqUrl,
  secret: unitEnv.secret,
  ...(unitEnv.linkCa ? { ca: unitEnv.linkCa } : {}),
});
const config = storedConfigSource(channelDb);
const pokes = createRegisterPokeHub({ channelDb, clock });
const link = createScaleUnitLinkService({
  id: unitEnv.id,
  storeIds: unitEnv.storeIds,
  channelDb,
  clock,
  config,
  pokes,
});

let stopAskingForConfig: () => void = () => undefined;
await serve({
  env,
  build: ({ serverFactory, https, logger }) =>
    createScaleUnitApp({
      ctx: { channelDb, clock, hq, config, pokes, testState: normalTestState() },
      link,
      linkSecret: unitEnv.secret,
      testControls,
      random: Math.random,
      activationsPerMinute: env.ACTIVATIONS_PER_MINUTE,
      distDir: existsSync(env.DIST_DIR) ? env.DIST_DIR : null,
      logger,
      serverFactory,
      https,
    }),
  started(app) {
    if (testControlsWarning) app.log.warn(testControlsWarning);
    // Until HQ has pushed a configuration, ask it (HQ may start later than its scale units).
    stopAskingForConfig = awaitFirstConfig({
      hq,
      link,
      config,
      log: (message) => app.log.warn(message),
    }).stop;
    app.log.info(
      `Scale unit ${unitEnv.id} for ${unitEnv.storeIds.join(', ')}: POS at http://localhost:${env.PORT}/ (on ${env.HOST}); HQ at ${unitEnv.hqUrl}`,
    );
  },
  async close() {
    stopAskingForConfig();
    await hq.close?.();
    channelDb.close();
  },
});
