import {
  expect,
  type Browser,
  type BrowserContext,
  type Page,
  type Request,
} from '@playwright/test';
import { z } from 'zod';
import { apiPaths } from '../../src/contract/api-paths.ts';
import { messageSchema } from '../../src/contract/message-schema.ts';
import { activateRegister, createPerson, waitForServiceWorker } from '../register.ts';

export type StoreName = 'Shibuya Store' | 'Osaka Store';

/** One register: its own browser context (device), the POS tab, and what it created. */
export interface RegisterSession {
  /** e.g. "S001-R2". */
  readonly label: string;
  readonly context: BrowserContext;
  /** The POS tab; replaced when the tab is closed and opened again. */
  page: Page;
  /** Last names of the customers this register saved, in order. */
  readonly created: string[];
  /** True while a scripted step owns this register's network: the chaos driver leaves it alone. */
  held: boolean;
  /** True while the chaos driver has this register's network off for a flap. */
  flapping: boolean;
}

/**
 * Opens a new device on the server at `baseURL` (the store's scale unit), activates it for a
 * store and register with a code from HQ at `hqOrigin` (the same server unless told), and waits
 * for its service worker.
 */
export async function openRegister(
  browser: Browser,
  baseURL: string,
  store: StoreName,
  registerNumber: 1 | 2,
  hqOrigin?: string,
): Promise<RegisterSession> {
  const context = await browser.newContext({ baseURL, serviceWorkers: 'allow' });
  const page = await context.newPage();
  await activateRegister(page, store, `Register ${registerNumber}`, hqOrigin);
  await waitForServiceWorker(page);
  const storeId = store === 'Shibuya Store' ? 'S001' : 'S002';
  return {
    label: `${storeId}-R${registerNumber}`,
    context,
    page,
    created: [],
    held: false,
    flapping: false,
  };
}

/** Creates a person through the New customer form and records its (unique) last name. */
export async function createCustomerThroughUi(
  session: RegisterSession,
  lastName: string,
): Promise<void> {
  const { page } = session;
  if (new URL(page.url()).pathname !== '/') {
    await page.getByRole('link', { name: '← Customers' }).click();
    await expect(page.getByRole('heading', { name: 'Customers' })).toBeVisible();
  }
  await createPerson(page, { firstName: 'Chaos', lastName });
  session.created.push(lastName);
}

/** Opens a new POS tab in the register's context (same device, same IndexedDB). */
export async function reopenTab(session: RegisterSession): Promise<void> {
  const page = await session.context.newPage();
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Customers' })).toBeVisible();
  session.page = page;
}

function isUploadRequest(request: Request): boolean {
  return request.method() === 'POST' && new URL(request.url()).pathname === apiPaths.upload;
}

/**
 * Resolves true when one of the registers sends an upload to `origin` (page or service worker),
 * or false after `timeoutMs` with none.
 */
export function nextUploadTo(
  registers: readonly RegisterSession[],
  origin: string,
  timeoutMs: number,
): Promise<boolean> {
  return new Promise((resolve) => {
    const finish = (seen: boolean) => {
      clearTimeout(timer);
      for (const register of registers) register.context.off('request', onRequest);
      resolve(seen);
    };
    const onRequest = (request: Request) => {
      if (isUploadRequest(request) && new URL(request.url()).origin === origin) finish(true);
    };
    const timer = setTimeout(() => finish(false), timeoutMs);
    for (const register of registers) register.context.on('request', onRequest);
  });
}

/**
 * Saves `count` customers offline, comes back online and closes the tab the moment an upload
 * request leaves (from the page or its service worker), then opens a new tab in the same
 * context. Returns whether the tab really closed while an upload was in flight.
 */
export async function closeTabWhileUploading(
  session: RegisterSession,
  lastNames: readonly string[],
  pauseMs: number,
): Promise<boolean> {
  session.held = true;
  try {
    while (session.flapping) await new Promise((resolve) => setTimeout(resolve, 100));
    await session.context.setOffline(true);
    for (const lastName of lastNames) await createCustomerThroughUi(session, lastName);
    const page = session.page;
    const closedMidUpload = new Promise<boolean>((resolve) => {
      const close = (midUpload: boolean) => {
        clearTimeout(timer);
        session.context.off('request', onRequest);
        page.close().then(
          () => resolve(midUpload),
          () => resolve(midUpload),
        );
      };
      const onRequest = (request: Request) => {
        if (isUploadRequest(request)) close(true);
      };
      const timer = setTimeout(() => close(false), 30_000);
      session.context.on('request', onRequest);
    });
    await session.context.setOffline(false);
    const midUpload = await closedMidUpload;
    await new Promise((resolve) => setTimeout(resolve, pauseMs));
    await reopenTab(session);
    return midUpload;
  } finally {
    session.held = false;
  }
}

/** What the register's IndexedDB holds, as the test observes it (validated, like any edge). */
const registerStateSchema = z.object({
  customers: z.array(
    z.object({
      lastName: z.string(),
      accountNumber: z.string().optional(),
      syncStatus: z.string(),
    }),
  ),
  outbox: z.array(
    z.object({
      recordId: z.string(),
      state: z.string(),
      attempts: z.number(),
      // A Message; an entry stored before messages were codes holds an English string.
      lastError: z.union([z.string(), messageSchema]).optional(),
    }),
  ),
});
export type RegisterState = z.infer<typeof registerStateSchema>;

/** The register database's name (src/pos/db/schema.ts: posDatabaseName). */
const registerDatabaseName = 'pos-register';

/**
 * Reads the customers this register created and its whole upload queue straight from its
 * IndexedDB: an observation of what the register holds, not a way around its UI.
 */
export async function readRegisterState(page: Page): Promise<RegisterState> {
  const raw = await page.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open(name);
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error ?? new Error('open failed'));
    });
    const all = (store: string) =>
      new Promise<unknown[]>((resolve, reject) => {
        const get = db.transaction(store, 'readonly').objectStore(store).getAll();
        get.onsuccess = () => resolve(get.result as unknown[]);
        get.onerror = () => reject(get.error ?? new Error('read failed'));
      });
    try {
      return { customers: await all('customers'), outbox: await all('outbox') };
    } finally {
      db.close();
    }
  }, registerDatabaseName);
  const customers = z
    .array(z.looseObject({ createdHere: z.number() }))
    .parse(raw.customers)
    .filter((customer) => customer.createdHere === 1);
  return registerStateSchema.parse({ customers, outbox: raw.outbox });
}

/** Presses Sync now when it is enabled, and waits until the register is idle again. */
export async function pressSyncNow(page: Page): Promise<void> {
  const button = page.getByRole('button', { name: 'Sync now' });
  if (await button.isEnabled()) await button.click();
  await expect(button).toBeEnabled({ timeout: 60_000 });
}
