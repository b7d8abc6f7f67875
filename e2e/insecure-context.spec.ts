import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { serverProcess, type ServerProcess } from './chaos/server-process.ts';
import { chromiumLaunchOptions } from './chromium.ts';
import { expectNoAxeViolations } from './axe.ts';
import { expectTouchLayout } from './layout.ts';

// A server of its own with the http → https redirect off (the suite's server redirects a
// shop-network name to https). The suite's server takes E2E_PORT and the next port up (https),
// the default-password spec's the two after, this one the two after that (E2E_INSECURE_PORT to
// choose others): http, then https.
const port = Number(process.env.E2E_INSECURE_PORT ?? Number(process.env.E2E_PORT ?? 8181) + 4);
const httpsPort = port + 1;
const shopName = 'pos-store.test';

test.use({
  // The shop-network name reaches this machine by loopback, as a tablet reaches the store server.
  launchOptions: {
    ...chromiumLaunchOptions,
    args: [
      ...(chromiumLaunchOptions.args ?? []),
      `--host-resolver-rules=MAP ${shopName} 127.0.0.1`,
    ],
  },
  viewport: { width: 768, height: 1024 },
  hasTouch: true,
});

let server: ServerProcess;
let dataDir: string;

test.beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'pos-e2e-insecure-'));
  server = serverProcess({
    port,
    dataDir,
    env: {
      TLS_NAMES: shopName,
      HTTP_REDIRECT: 'off',
      POS_TEST_CONTROLS: '',
      HQ_JOB_SCHEDULE: 'off',
      DEMO_CUSTOMERS: '50',
      DIST_DIR: process.env.E2E_DIST_DIR ?? 'dist',
    },
  });
  await server.start();
});

test.afterAll(async () => {
  await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

test('plain http by a shop-network name shows the insecure-context screen, not a broken register', async ({
  page,
}) => {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });

  await page.goto(`http://${shopName}:${port}/`);
  expect(await page.evaluate(() => window.isSecureContext)).toBe(false);
  await expect(page.getByRole('heading', { name: 'Open the register over https' })).toBeVisible();
  await expect(page.getByText(/only over a secure connection \(https\)/)).toBeVisible();
  const httpsAddress = `https://${shopName}:${httpsPort}/`;
  await expect(page.getByRole('link', { name: httpsAddress })).toHaveAttribute(
    'href',
    httpsAddress,
  );
  await expect(page.getByRole('link', { name: 'Tablet setup instructions' })).toHaveAttribute(
    'href',
    '/tablet/',
  );
  // The register itself never started: no activation, no database, no service worker.
  await expect(page.getByRole('heading', { name: 'Activate this register' })).toHaveCount(0);
  expect(await page.evaluate(() => indexedDB.databases())).toEqual([]);
  await expectTouchLayout(page, 'insecure-context screen', 44);
  await expectNoAxeViolations(page, 'insecure-context screen');

  await page.getByLabel('Language').selectOption('ja');
  await expect(page.getByRole('heading', { name: 'レジは https で開いてください' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'タブレットの設定手順' })).toBeVisible();
  expect(problems).toEqual([]);
});
