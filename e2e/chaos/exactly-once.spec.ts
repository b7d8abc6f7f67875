import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from '@playwright/test';
import { hqAdminPassword } from '../test-server.ts';
import { runChaos } from './chaos-run.ts';
import { chaosCustomerCount, chaosPort } from './chaos-size.ts';
import { serverProcess } from './server-process.ts';

test('under chaos every customer reaches HQ exactly once and every register shows its account number', async ({
  browser,
}, testInfo) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'pos-chaos-data-'));
  const server = serverProcess({
    port: chaosPort,
    dataDir,
    env: {
      POS_TEST_CONTROLS: '1',
      HQ_JOB_SCHEDULE: 'on',
      DEMO_CUSTOMERS: '200',
      DIST_DIR: 'dist',
      HQ_ADMIN_PASSWORD: hqAdminPassword,
    },
  });
  // One process: HQ and its scale unit, killed and restarted three times.
  await runChaos(browser, testInfo, {
    customers: chaosCustomerCount(),
    hqUrl: server.baseUrl,
    storeUrl: () => server.baseUrl,
    scaleUnitUrls: [server.baseUrl],
    killed: [server, server, server],
    restarts: () => server.restarts,
    start: () => server.start(),
    async stop(passed) {
      await server.stop();
      if (passed) rmSync(dataDir, { recursive: true, force: true });
    },
    logs: server.logFile,
  });
});
