import { chromium, expect, test, type Browser, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumLaunchOptions } from './chromium.ts';
import { serverProcess, type ServerProcess } from './chaos/server-process.ts';

// A second server of its own, started without HQ_ADMIN_PASSWORD. The suite's server takes
// E2E_PORT and the next port up (https); this one the two after: http, then https.
const port = Number(process.env.E2E_PORT ?? 8181) + 2;
const httpsPort = port + 1;
const shopName = 'pos-store.test';
const defaultPassword = 'hq-admin';
const chosenPassword = 'a-long-store-password';

let server: ServerProcess;
let browser: Browser;
let dataDir: string;

test.beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'pos-e2e-default-password-'));
  server = serverProcess({
    port,
    dataDir,
    env: {
      HQ_ADMIN_PASSWORD: undefined,
      POS_TEST_CONTROLS: '',
      HQ_JOB_SCHEDULE: 'off',
      DEMO_CUSTOMERS: '20',
      TLS_NAMES: shopName,
      DIST_DIR: process.env.E2E_DIST_DIR,
    },
  });
  await server.start();
  // The shop-network name resolves to this machine, as a tablet's DNS would resolve the server;
  // the console needs no service worker, so its store CA need not be trusted here.
  browser = await chromium.launch({
    ...chromiumLaunchOptions,
    args: [
      ...(chromiumLaunchOptions.args ?? []),
      `--host-resolver-rules=MAP ${shopName} 127.0.0.1`,
      '--ignore-certificate-errors',
    ],
  });
});

test.afterAll(async () => {
  await browser.close();
  await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

async function signIn(page: Page, password: string): Promise<void> {
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

test('the default HQ password works only on the server machine until a new one is chosen', async () => {
  const tablet = await browser.newPage();
  // Plain http by the shop-network name is sent on to https.
  await tablet.goto(`http://${shopName}:${port}/hq/`);
  expect(tablet.url()).toBe(`https://${shopName}:${httpsPort}/hq/`);
  await signIn(tablet, defaultPassword);
  await expect(tablet.getByRole('alert')).toHaveText(
    `The HQ console still has its default password, so it cannot be signed in to from another device. On the server machine, sign in at http://localhost:${port}/hq/ and choose a new password, or set HQ_ADMIN_PASSWORD.`,
  );
  await expect(tablet.getByRole('navigation', { name: 'Sections' })).toHaveCount(0);

  const serverMachine = await browser.newPage();
  await serverMachine.goto(`http://127.0.0.1:${port}/hq/`);
  await signIn(serverMachine, defaultPassword);
  await expect(serverMachine.getByRole('heading', { name: 'Choose a new password' })).toBeVisible();
  await expect(serverMachine.getByRole('navigation', { name: 'Sections' })).toHaveCount(0);
  await serverMachine.getByLabel('Current password').fill(defaultPassword);
  await serverMachine.getByLabel('New password', { exact: true }).fill(chosenPassword);
  await serverMachine.getByLabel('New password again').fill(chosenPassword);
  await serverMachine.getByRole('button', { name: 'Save password' }).click();
  await expect(serverMachine.getByRole('heading', { name: 'Batch jobs' })).toBeVisible();

  await tablet.reload();
  await signIn(tablet, defaultPassword);
  await expect(tablet.getByRole('alert')).toHaveText('Wrong password.');
  await signIn(tablet, chosenPassword);
  await expect(tablet.getByRole('heading', { name: 'Batch jobs' })).toBeVisible();
  await expect(tablet.getByRole('navigation', { name: 'Sections' })).toBeVisible();
});
