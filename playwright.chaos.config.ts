import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './e2e/chromium.ts';
import { chaosCustomerCount, chaosPort, chaosTimeoutMs } from './e2e/chaos/chaos-size.ts';

/**
 * X1 chaos suite: long tests that start, kill and restart their services themselves (so there is
 * no webServer): the combined server on port 8282 (the main e2e suite has 8181), and HQ with two
 * scale units on 8284–8289 (issue 12). Size: CHAOS_CUSTOMERS (500; CI ~45) and
 * CHAOS_SPLIT_CUSTOMERS (as many unless set; CI 30). Runs against the built app in dist/
 * (`npm run build` first).
 */
export default defineConfig({
  testDir: 'e2e/chaos',
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: chaosTimeoutMs(chaosCustomerCount()),
  expect: { timeout: 30_000 },
  reporter: [['list']],
  outputDir: 'test-results/chaos',
  use: {
    baseURL: `http://127.0.0.1:${chaosPort}`,
    serviceWorkers: 'allow',
    trace: 'off',
    screenshot: 'only-on-failure',
    actionTimeout: 30_000,
    launchOptions: chromiumLaunchOptions,
  },
});
