import { expect, type BrowserContext, type Locator, type Page } from '@playwright/test';
import type { HqAdminClient } from '../e2e/chaos/hq-admin-client.ts';
import type { StoreName } from '../e2e/chaos/register-session.ts';
import type { BenchContext } from './scenario.ts';
import { launchDevice } from './chromium.ts';
import { installPageProbe } from './pos-page-probe.ts';

const storeIds: Record<StoreName, string> = { 'Shibuya Store': 'S001', 'Osaka Store': 'S002' };

/** How long a first download of the bench's 100k customers may take before a scenario gives up. */
export const firstDownloadTimeoutMs = 300_000;

/** A fresh device (its own browser and on-disk profile, see `launchDevice`) with the POS tab and its probe. */
export interface PosDevice {
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

/** Opens a fresh device on the POS's base URL, with `window.posBench` in every document. */
export async function openPosDevice(bench: BenchContext): Promise<PosDevice> {
  const { context, close } = await launchDevice({
    baseURL: bench.baseUrl,
    serviceWorkers: 'allow',
  });
  await installPageProbe(context);
  // A persistent context opens with its first tab.
  const page = context.pages()[0] ?? (await context.newPage());
  return { context, page, close };
}

/**
 * Opens the activation screen and types a one-time code HQ issued for the store's register, as a
 * store manager would with Add a tablet; returns the Activate button, for the caller to click
 * (and time).
 */
export async function chooseRegister(
  page: Page,
  hq: HqAdminClient,
  store: StoreName,
  registerNumber: number,
): Promise<Locator> {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Activate this register' })).toBeVisible();
  const code = await hq.activationCode(`${storeIds[store]}-R${registerNumber}`);
  await page.getByLabel('Activation code').fill(code);
  return page.getByRole('button', { name: 'Activate' });
}

/**
 * Waits until the first download has stored every customer: the status bar then shows the time
 * of the last download, which the register saves only after the feed's last page.
 */
async function firstDownloadDone(page: Page): Promise<void> {
  await expect(page.getByRole('banner').getByText(/^Last download /)).toBeVisible({
    timeout: firstDownloadTimeoutMs,
  });
}

/** Activates a register through the UI and waits for its first download to complete. */
export async function activateRegister(
  page: Page,
  hq: HqAdminClient,
  store: StoreName,
  registerNumber: number,
): Promise<void> {
  await (await chooseRegister(page, hq, store, registerNumber)).click();
  await expect(page.getByRole('heading', { name: 'Customers' })).toBeVisible();
  await firstDownloadDone(page);
}

/** The register database's name (src/pos/db/schema.ts: posDatabaseName). */
export const registerDatabaseName = 'pos-register';

/** How many customers the register's IndexedDB holds: an observation, not a way around the UI. */
export function storedCustomers(page: Page): Promise<number> {
  return page.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open(name);
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error ?? new Error('open failed'));
    });
    try {
      return await new Promise<number>((resolve, reject) => {
        const count = db.transaction('customers', 'readonly').objectStore('customers').count();
        count.onsuccess = () => resolve(count.result);
        count.onerror = () => reject(count.error ?? new Error('count failed'));
      });
    } finally {
      db.close();
    }
  }, registerDatabaseName);
}
