import { cpSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './e2e/chromium.ts';
import {
  e2eHttpsPort,
  e2ePort as port,
  prepareShopNetwork,
  shopNetworkName,
  shopNetworkUrl,
} from './e2e/shop-network.ts';
import { hqAdminPassword } from './e2e/test-server.ts';

// Evaluated again in each worker: the env set here by the main process is inherited, so the
// server and the tests share one data directory and one copy of the built app.
process.env.E2E_DATA_DIR ??= mkdtempSync(join(tmpdir(), 'pos-e2e-data-'));
if (!process.env.E2E_DIST_DIR) {
  // A copy of the build, so a test can deploy a "new version" without touching dist/.
  process.env.E2E_DIST_DIR = mkdtempSync(join(tmpdir(), 'pos-e2e-dist-'));
  if (existsSync('dist')) cpSync('dist', process.env.E2E_DIST_DIR, { recursive: true });
}
// The server reuses this certificate, so its key's hash is known before it starts.
const shopNetworkArgs = await prepareShopNetwork(process.env.E2E_DATA_DIR);

/**
 * The e2e suite drives the built POS in Chromium against the real server, started on a fresh
 * data directory with test controls on and the job schedule off (tests run the jobs).
 */
export default defineConfig({
  testDir: 'e2e',
  workers: 1,
  fullyParallel: false,
  timeout: 90_000,
  expect: { timeout: 20_000 },
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    serviceWorkers: 'allow',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: chromiumLaunchOptions,
  },
  projects: [
    {
      name: 'chromium',
      // The chaos suite has its own config (playwright.chaos.config.ts) and server.
      testIgnore: ['chaos/**', 'shop-network.spec.ts', 'scale-out.spec.ts'],
    },
    {
      // Issue 12: HQ and two scale units as three processes the spec starts itself
      // (SCALE_OUT_PORT, 8383 unless set, and the next five ports); the webServer is not used.
      name: 'scale-out',
      testMatch: ['scale-out.spec.ts'],
    },
    {
      // A tablet on the shop network: https by a shop-network name mapped to 127.0.0.1. Its own
      // spec, and the cashier's everyday specs again, as a tablet runs them.
      name: 'shop-network',
      testMatch: [
        'shop-network.spec.ts',
        'async-creation.spec.ts',
        'sync-creation.spec.ts',
        'addresses.spec.ts',
        'two-registers.spec.ts',
        'sync-center.spec.ts',
        'no-background-sync.spec.ts',
        'duplicate-warning.spec.ts',
      ],
      use: {
        baseURL: shopNetworkUrl,
        viewport: { width: 768, height: 1024 },
        hasTouch: true,
        isMobile: false,
        launchOptions: {
          ...chromiumLaunchOptions,
          args: [...(chromiumLaunchOptions.args ?? []), ...shopNetworkArgs],
        },
      },
    },
  ],
  webServer: {
    command: 'node --import tsx src/server/main.ts',
    url: `http://127.0.0.1:${port}/api/hq/session`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      PORT: String(port),
      HTTPS_PORT: String(e2eHttpsPort),
      HOST: '127.0.0.1',
      TLS_NAMES: shopNetworkName,
      DATA_DIR: process.env.E2E_DATA_DIR,
      DIST_DIR: process.env.E2E_DIST_DIR,
      POS_TEST_CONTROLS: '1',
      HQ_JOB_SCHEDULE: 'off',
      DEMO_CUSTOMERS: '500',
      // The suite activates a fresh register in nearly every test, all from 127.0.0.1.
      ACTIVATIONS_PER_MINUTE: '1000',
      HQ_ADMIN_PASSWORD: hqAdminPassword,
    },
  },
});
