import type { BrowserContext, Page } from '@playwright/test';
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { apiPaths } from '../src/contract/api-paths.ts';
import { expect } from './fixtures.ts';
import type { hqApi } from './hq-api.ts';
import {
  accountNumberPattern,
  activateRegister,
  activationCodeFor,
  allUploaded,
  createPerson,
  customerId,
  uniqueName,
  waitForServiceWorker,
} from './register.ts';

/**
 * What a spec does on each screen a tour reaches: run axe, measure the layout, take a picture.
 * `screen` names the screen and its state, e.g. "customer details (Pending sync)".
 */
export type ScreenCheck = (page: Page, screen: string) => Promise<void>;

type Hq = ReturnType<typeof hqApi>;

/** Goes back to the customer list from any register screen, by the header's brand link. */
async function toCustomerList(page: Page): Promise<void> {
  await page
    .getByRole('banner')
    .getByRole('link', { name: /· Register \d/ })
    .click();
  await expect(page.getByRole('heading', { name: 'Customers', exact: true })).toBeVisible();
}

/** Opens a customer of the register's list by its name. */
async function openCustomer(page: Page, name: string): Promise<void> {
  await toCustomerList(page);
  await page.getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { name, exact: true })).toBeVisible();
}

/**
 * The register's everyday screens with every feature on, in async mode (store S001): activation,
 * the list with a Pending sync customer and a search of all stores, New customer for a person
 * and an organization (with errors) and with a possible duplicate, details while pending, once
 * the account number is there and once merged at HQ, Edit customer, Add address, Issue loyalty
 * card, the sync center, offline, not found.
 */
export async function tourRegister(page: Page, hq: Hq, check: ScreenCheck): Promise<void> {
  await hq.setFeatures({ asyncAddressCreation: true, enhancedAsyncCreation: true });
  await hq.setFeatures({ asyncCustomerEditing: true });
  const lastName = uniqueName('Tour');
  const name = `Hana ${lastName}`;

  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Activate this register' })).toBeVisible();
  await check(page, 'activation');
  await page.getByLabel('Activation code').fill('WXYZ-2345');
  await page.getByRole('button', { name: 'Activate' }).click();
  await expect(page.getByRole('alert')).toContainText('This activation code is not valid');
  await check(page, 'activation (a code that is not valid)');
  await activateRegister(page, 'Shibuya Store');
  await check(page, 'customer list');

  await page.getByRole('link', { name: 'New customer' }).click();
  await expect(page.getByRole('heading', { name: 'New customer' })).toBeVisible();
  await check(page, 'new customer (person)');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('alert')).toHaveText('Please correct the highlighted fields.');
  await check(page, 'new customer (errors)');
  await page.getByRole('radio', { name: 'Organization' }).check();
  await expect(page.getByLabel('Organization name')).toBeVisible();
  await check(page, 'new customer (organization)');
  await page.getByRole('radio', { name: 'Person' }).check();
  await page.getByRole('button', { name: 'Cancel' }).click();

  await createPerson(page, { firstName: 'Hana', lastName, email: `${lastName}@example.com` });
  await expect(customerId(page)).toHaveText('Pending sync');
  await check(page, 'customer details (Pending sync)');
  await page.getByRole('button', { name: 'Edit customer' }).click();
  await expect(page.getByRole('heading', { name: `Edit customer: ${name}` })).toBeVisible();
  await check(page, 'edit customer (queued)');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('button', { name: 'Add address' }).click();
  await expect(page.getByRole('heading', { name: `Add address: ${name}` })).toBeVisible();
  await check(page, 'add address (queued)');
  await page.getByRole('button', { name: 'Cancel' }).click();

  // X2: the same e-mail typed again warns of a possible duplicate; saved anyway, HQ flags it.
  await toCustomerList(page);
  await page.getByRole('link', { name: 'New customer' }).click();
  await page.getByLabel('First name').fill('Hanae');
  await page.getByLabel('Last name').fill(lastName);
  await page.getByLabel('Email', { exact: true }).fill(`${lastName.toUpperCase()}@example.com`);
  await expect(page.getByRole('status', { name: 'Possible duplicates' })).toContainText(
    `Possible duplicate: ${name} (Pending sync) has the same e-mail address.`,
  );
  await check(page, 'new customer (possible duplicate)');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { name: `Hanae ${lastName}` })).toBeVisible();

  await toCustomerList(page);
  await page.getByLabel('Search customers').fill(lastName);
  await expect(page.getByRole('table')).toContainText('Pending sync');
  await check(page, 'customer list (Pending sync, searched)');
  await page.getByLabel('Search customers').fill('Sato');
  await page.getByRole('button', { name: 'Search all stores' }).click();
  await expect(page.getByRole('region', { name: 'Results from all stores' })).toBeVisible();
  await check(page, 'search all stores (results)');

  await page.getByRole('link', { name: 'Sync center' }).click();
  await expect(page.getByRole('heading', { name: 'Sync center' })).toBeVisible();
  await allUploaded(page);
  await check(page, 'sync center');

  await hq.runJobs();
  await openCustomer(page, name);
  await expect(customerId(page)).toHaveText(accountNumberPattern);
  await check(page, 'customer details (account number)');
  await page.getByRole('button', { name: 'Issue loyalty card' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: /Loyalty card .* issued/ }),
  ).toBeVisible();
  await check(page, 'customer details (loyalty card issued)');
  await page.getByRole('button', { name: 'Edit customer' }).click();
  await expect(page.getByRole('heading', { name: `Edit customer: ${name}` })).toBeVisible();
  await check(page, 'edit customer (real time)');
  await page.getByRole('button', { name: 'Cancel' }).click();

  // X2: HQ merges Hanae into Hana; her old account number still opens her, merged.
  const merge = await hq.mergeLikelyDuplicate(name, `Hanae ${lastName}`);
  const merged = merge.customers.find((c) => c.accountNumber !== merge.keptAccount);
  await hq.runJob('distribution-1010');
  await toCustomerList(page);
  await page.getByRole('button', { name: 'Sync now' }).click();
  await page.getByLabel('Search customers').fill(merged?.accountNumber ?? 'none');
  await page.getByRole('link', { name: `Hanae ${lastName}` }).click();
  await expect(
    page.getByText(`This customer was merged into ${merge.keptAccount} at HQ.`),
  ).toBeVisible();
  await check(page, 'customer details (merged)');

  await page.goto('/no-such-page');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await check(page, 'page not found');

  await waitForServiceWorker(page);
  await page.context().setOffline(true);
  await toCustomerList(page);
  await expect(page.getByRole('banner').getByRole('status')).toHaveText('Offline');
  await check(page, 'customer list (offline)');
  await page.getByRole('link', { name: 'New customer' }).click();
  await expect(page.getByText(/^Offline: the customer is saved on this register/)).toBeVisible();
  await check(page, 'new customer (offline)');
  await page.context().setOffline(false);
  await expect(page.getByRole('banner').getByRole('status')).toHaveText('Online');
}

/**
 * The register's rarer screens: waiting for its first settings, a record the scale unit refused
 * (Needs attention in the sync center and on the customer, Fix and resend) and the update prompt.
 */
export async function tourRegisterProblems(
  page: Page,
  context: BrowserContext,
  check: ScreenCheck,
): Promise<void> {
  // The first download fails: the register waits for its settings.
  await context.route(`**${apiPaths.registerConfig}`, (route) => route.abort());
  await activateRegisterExpecting(page, "Downloading this register's settings");
  await check(page, 'awaiting settings');
  await context.unroute(`**${apiPaths.registerConfig}`);
  // Try again, unless the register's own retry is running or has already got them.
  const tryAgain = page.getByRole('button', { name: 'Try again' });
  const customers = page.getByRole('heading', { name: 'Customers', exact: true });
  await expect(async () => {
    if (await tryAgain.isEnabled({ timeout: 500 }).catch(() => false)) {
      await tryAgain.click({ timeout: 500 }).catch(() => undefined);
    }
    await expect(customers).toBeVisible({ timeout: 1000 });
  }).toPass();

  // The scale unit refuses a new customer: an upload on its way gets a control character.
  const lastName = uniqueName('Refused');
  await context.route(`**${apiPaths.upload}`, async (route) => {
    const body = route.request().postData() ?? '';
    await route.continue({ postData: body.replaceAll(`"${lastName}"`, `"${lastName}\\u0007"`) });
  });
  await createPerson(page, { firstName: 'Kaito', lastName });
  await expect(page.getByText('Needs attention:', { exact: true })).toBeVisible();
  await check(page, 'customer details (Needs attention)');
  await page.getByRole('link', { name: 'Sync center' }).click();
  const attention = page.getByRole('region', { name: 'Needs attention' });
  await expect(attention.getByRole('row').filter({ hasText: lastName })).toBeVisible();
  await check(page, 'sync center (Needs attention)');
  await attention.getByRole('link', { name: 'Fix and resend' }).click();
  await expect(
    page.getByRole('heading', { name: `Fix and resend: Kaito ${lastName}` }),
  ).toBeVisible();
  await check(page, 'fix and resend');
  await context.unroute(`**${apiPaths.upload}`);

  // A new version is deployed: Reload to update. On a register of its own, in a context where no
  // request was ever routed: after the routes above, one run saw the update check never fetch.
  const browser = context.browser();
  if (!browser) throw new Error('The tour runs in a launched browser.');
  const updated = await browser.newContext();
  try {
    const register = await updated.newPage();
    await activateRegister(register, 'Shibuya Store', 'Register 2');
    await waitForServiceWorker(register);
    const distDir = process.env.E2E_DIST_DIR;
    if (!distDir) throw new Error('playwright.config.ts sets E2E_DIST_DIR.');
    appendFileSync(join(distDir, 'sw.js'), `\n// deployed ${Date.now()}\n`);
    await register.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())?.update();
    });
    await expect(register.getByRole('button', { name: 'Reload to update' })).toBeVisible();
    await check(register, 'update prompt');
  } finally {
    await updated.close();
  }
}

async function activateRegisterExpecting(page: Page, heading: string): Promise<void> {
  await page.goto('/');
  const code = await activationCodeFor(new URL(page.url()).origin, 'Shibuya Store', 'Register 2');
  await page.getByLabel('Activation code').fill(code);
  await page.getByRole('button', { name: 'Activate' }).click();
  await expect(page.getByRole('heading', { name: heading })).toBeVisible();
}

/** Chooses a language in the header's switch, named in the language shown now. */
export async function chooseLanguage(
  page: Page,
  shownName: 'Language' | '言語',
  language: 'en' | 'ja',
): Promise<void> {
  await page.getByRole('combobox', { name: shownName, exact: true }).selectOption(language);
  await expect(page.locator('html')).toHaveAttribute('lang', language);
}

/** The register's main screens in 日本語: list, New customer, details and the sync center. */
export async function tourRegisterInJapanese(page: Page, check: ScreenCheck): Promise<void> {
  await activateRegister(page, 'Shibuya Store');
  await chooseLanguage(page, 'Language', 'ja');
  await expect(page.getByRole('heading', { name: '顧客', exact: true })).toBeVisible();
  await check(page, 'customer list (ja)');
  await page.getByRole('link', { name: '新規顧客' }).click();
  await expect(page.getByRole('heading', { name: '新規顧客' })).toBeVisible();
  await check(page, 'new customer (ja)');
  await page.getByLabel(/^姓/).fill('山田');
  await page.getByLabel(/^名/).fill(uniqueName('Ja'));
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.locator('dt:text-is("顧客 ID") + dd')).toHaveText('同期を保留中');
  await check(page, 'customer details (ja)');
  await page.getByRole('banner').getByRole('link', { name: '同期センター' }).click();
  await expect(page.getByRole('heading', { name: '同期センター' })).toBeVisible();
  await check(page, 'sync center (ja)');
  await chooseLanguage(page, '言語', 'en');
}
