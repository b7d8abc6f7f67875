import { expect, request, type BrowserContext, type Page } from '@playwright/test';
import { hqApi } from './hq-api.ts';
import { hqAdminPassword } from './test-server.ts';

/** A unique, readable surname per test run, so tests never see each other's customers. */
export function uniqueName(prefix: string): string {
  const letters = Array.from({ length: 6 }, () =>
    String.fromCharCode(97 + Math.floor(Math.random() * 26)),
  ).join('');
  return `${prefix}${letters[0]?.toUpperCase()}${letters.slice(1)}`;
}

/** A phone number no other test uses, in two spellings that compare equal (X2). */
export function uniquePhone(): { dashed: string; digits: string } {
  const part = () => String(Math.floor(Math.random() * 10_000)).padStart(4, '0');
  const [a, b] = [part(), part()];
  return { dashed: `080-${a}-${b}`, digits: `080${a}${b}` };
}

/**
 * A one-time activation code for a store's register (e.g. 'Osaka Store', 'Register 2'), issued
 * through HQ's admin API from a request context of its own (the device's cookies stay its own).
 * The call goes to the same port by 127.0.0.1: Playwright's own HTTP client does not follow
 * Chromium's host-resolver rules, so a shop-network name would not resolve (issue 11).
 */
export async function activationCodeFor(
  origin: string,
  storeName: string,
  registerLabel: string,
): Promise<string> {
  const loopback = new URL(origin);
  loopback.hostname = '127.0.0.1';
  // Over https the server's certificate is the store CA's, which this client does not trust.
  const hq = await request.newContext({ baseURL: loopback.origin, ignoreHTTPSErrors: true });
  try {
    const api = hqApi(hq);
    return (await api.activationCode(await api.registerId(storeName, registerLabel))).code;
  } finally {
    await hq.dispose();
  }
}

/**
 * Activates a fresh register for a store, as a store manager would with a code from Add a
 * tablet typed in, and waits for its customers. The code comes from HQ at `hqOrigin` (a
 * separate service in a scale-out deployment), or from the page's own server.
 */
export async function activateRegister(
  page: Page,
  store: string,
  register = 'Register 1',
  hqOrigin?: string,
): Promise<void> {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Activate this register' })).toBeVisible();
  const code = await activationCodeFor(hqOrigin ?? new URL(page.url()).origin, store, register);
  await page.getByLabel('Activation code').fill(code);
  await page.getByRole('button', { name: 'Activate' }).click();
  await expect(page.getByRole('heading', { name: 'Customers' })).toBeVisible();
}

/** Waits until the service worker is active, so the app can load offline. */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
}

/** Fills and saves the New customer form; ends on the new customer's details. */
export async function createPerson(
  page: Page,
  person: { firstName: string; lastName: string; email?: string; phone?: string },
): Promise<void> {
  await page.getByRole('link', { name: 'New customer' }).click();
  await expect(page.getByRole('heading', { name: 'New customer' })).toBeVisible();
  await page.getByLabel('First name').fill(person.firstName);
  await page.getByLabel('Last name').fill(person.lastName);
  if (person.email) await page.getByLabel('Email', { exact: true }).fill(person.email);
  if (person.phone) await page.getByLabel('Phone', { exact: true }).fill(person.phone);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(
    page.getByRole('heading', { name: `${person.firstName} ${person.lastName}` }),
  ).toBeVisible();
}

/** The value shown next to "Customer ID" on a customer's details. */
export function customerId(page: Page) {
  return page.locator('dt:has-text("Customer ID") + dd');
}

export const accountNumberPattern = /^C\d{6,}$/;
export const guidPattern = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

/** Opens the HQ console in a new page of the context and signs in. */
export async function openConsole(context: BrowserContext): Promise<Page> {
  const console = await context.newPage();
  await console.goto('/hq/');
  await expect(console.getByRole('heading', { name: 'Sign in to headquarters' })).toBeVisible();
  await console.getByLabel('Password').fill(hqAdminPassword);
  await console.getByRole('button', { name: 'Sign in' }).click();
  await expect(console.getByRole('button', { name: 'Sign out' })).toBeVisible();
  return console;
}

/** Opens one of the signed-in console's sections from its navigation. */
export async function openSection(console: Page, name: string): Promise<void> {
  await console.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name }).click();
}

/** Pulls the latest settings and customers now, as the cashier's Sync now does. */
export async function syncNow(page: Page): Promise<void> {
  const button = page.getByRole('button', { name: 'Sync now' });
  await expect(button).toBeEnabled();
  await button.click();
  await expect(button).toBeEnabled();
}

/**
 * Waits until the register's upload queue is empty (everything sent to the scale unit): the
 * status bar counts nothing waiting or uploading, and no record on the page says it waits.
 */
export async function allUploaded(page: Page): Promise<void> {
  const statusBar = page.getByRole('banner');
  await expect(statusBar.getByText(/^(Waiting to upload: \d+|Uploading… )/)).toHaveCount(0);
  await expect(page.getByText(/: (uploading…|waiting to upload)/)).toHaveCount(0);
}
