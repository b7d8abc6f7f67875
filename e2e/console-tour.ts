import type { Browser, BrowserContext, Page } from '@playwright/test';
import { expect } from './fixtures.ts';
import type { hqApi } from './hq-api.ts';
import {
  activateRegister,
  createPerson,
  openConsole,
  openSection,
  uniqueName,
  uniquePhone,
} from './register.ts';
import { chooseLanguage, type ScreenCheck } from './screen-tour.ts';
import { hqAdminPassword } from './test-server.ts';

type Hq = ReturnType<typeof hqApi>;

/** The console's sections, in navigation order, by their English names. */
const sections = [
  'Batch jobs',
  'Stores',
  'Registers',
  'Scale units',
  'Add a tablet',
  'Feature management',
  'Customer synchronization status',
  'Customers',
  'Likely duplicates',
  'Affiliations',
] as const;

/**
 * A register customer HQ's sync job fails (an unknown country/region), so the console's
 * synchronization status has a Failed operation to fix. Returns the customer's name.
 */
export async function failedOperation(
  context: BrowserContext,
  hq: Hq,
  lastName = uniqueName('Broken'),
): Promise<string> {
  const register = await context.newPage();
  await activateRegister(register, 'Shibuya Store');
  await register.getByRole('link', { name: 'New customer' }).click();
  await register.getByLabel('First name').fill('Kenta');
  await register.getByLabel('Last name').fill(lastName);
  await register.getByLabel('Street').fill('5-5 Ebisu');
  await register.getByLabel('City').fill('Tokyo');
  await register.getByLabel('Country/region').fill('XYZ');
  await register.getByRole('button', { name: 'Save' }).click();
  await expect(
    register.getByText('Uploaded; waiting for headquarters to assign an account number.'),
  ).toBeVisible();
  await hq.runJobs();
  await register.close();
  return `Kenta ${lastName}`;
}

/**
 * Two customers with one phone number, created in real time at Osaka: HQ's sync job flags them,
 * so the console's Likely duplicates section has a pair to review (X2).
 */
async function likelyDuplicate(browser: Browser, hq: Hq): Promise<void> {
  const context = await browser.newContext();
  const register = await context.newPage();
  const lastName = uniqueName('Twin');
  const phone = uniquePhone();
  await activateRegister(register, 'Osaka Store');
  await createPerson(register, { firstName: 'Rin', lastName, phone: phone.dashed });
  await register.getByRole('link', { name: '← Customers' }).click();
  await createPerson(register, { firstName: 'Ren', lastName, phone: phone.digits });
  await hq.runJobs();
  await context.close();
}

/**
 * The HQ console: sign-in (with its error), then every section with what opens there: a job
 * run now, Add store (with its errors), Rename and the retire dialog, the revoke dialog, a tablet's
 * activation code, the fix dialog of a failed operation, a customer search, the merge
 * dialog of a likely duplicate and an affiliation form error. It first makes a failed operation
 * (see failedOperation) in the page's context and a likely duplicate (see likelyDuplicate).
 */
export async function tourConsole(
  page: Page,
  browser: Browser,
  hq: Hq,
  check: ScreenCheck,
): Promise<void> {
  const failedCustomer = await failedOperation(page.context(), hq);
  await likelyDuplicate(browser, hq);
  await page.goto('/hq/');
  await expect(page.getByRole('heading', { name: 'Sign in to headquarters' })).toBeVisible();
  await check(page, 'console sign-in');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toHaveText('Enter the password.');
  await check(page, 'console sign-in (error)');
  await page.getByLabel('Password').fill(hqAdminPassword);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();

  for (const section of sections) {
    await openSection(page, section);
    await expect(page.getByRole('heading', { level: 2, name: section, exact: true })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: /^Loading/ })).toHaveCount(0);
    await check(page, `console ${section}`);
    await consoleSectionStates(page, section, failedCustomer, check);
  }
}

async function consoleSectionStates(
  page: Page,
  section: (typeof sections)[number],
  failedCustomer: string,
  check: ScreenCheck,
): Promise<void> {
  switch (section) {
    case 'Batch jobs': {
      const job = page.getByRole('region', { name: 'P-job' });
      await job.getByRole('button', { name: 'Run now' }).click();
      await expect(job.getByRole('status').first()).toContainText('This run:');
      await check(page, 'console Batch jobs (after Run now)');
      return;
    }
    case 'Stores': {
      await page.getByRole('button', { name: 'Add store' }).click();
      const form = page.getByRole('form', { name: 'Add a store' });
      await form.getByRole('button', { name: 'Add' }).click();
      await expect(form.getByText('Not saved: check the fields marked above.')).toBeVisible();
      await check(page, 'console Stores (Add store, errors)');
      await form.getByRole('button', { name: 'Cancel' }).click();
      await page.getByRole('button', { name: 'Rename Shibuya Store' }).click();
      const rename = page.getByRole('form', { name: 'Rename Shibuya Store' });
      await expect(rename.getByLabel('Store name')).toHaveValue('Shibuya Store');
      await check(page, 'console Stores (Rename)');
      await rename.getByRole('button', { name: 'Cancel' }).click();
      await page.getByRole('button', { name: 'Retire Register 1 of Shibuya Store' }).click();
      const dialog = page.getByRole('dialog', { name: 'Retire Register 1 of Shibuya Store?' });
      await expect(dialog).toBeVisible();
      await check(page, 'console Stores (retire dialog)');
      await dialog.getByRole('button', { name: 'Cancel' }).click();
      await expect(dialog).toHaveCount(0);
      return;
    }
    case 'Registers': {
      await page
        .getByRole('button', { name: /^Revoke device — / })
        .first()
        .click();
      const dialog = page.getByRole('dialog', { name: 'Revoke device' });
      await expect(dialog).toBeVisible();
      await check(page, 'console Registers (revoke dialog)');
      await dialog.getByRole('button', { name: 'Cancel' }).click();
      await expect(dialog).toHaveCount(0);
      return;
    }
    case 'Add a tablet': {
      await page.getByLabel('Store', { exact: true }).selectOption({ label: 'Osaka Store (S002)' });
      await page
        .getByLabel('Register', { exact: true })
        .selectOption({ label: 'Register 1 (S002-R1)' });
      await page.getByRole('button', { name: 'Create activation code' }).click();
      await expect(
        page.getByRole('img', { name: 'QR code to activate register 1 of Osaka Store' }),
      ).toBeVisible();
      await check(page, 'console Add a tablet (activation code)');
      return;
    }
    case 'Customer synchronization status': {
      const row = page.getByRole('row').filter({ hasText: failedCustomer });
      await row.getByRole('button', { name: `Fix ${failedCustomer}` }).click();
      const dialog = page.getByRole('dialog', { name: 'Fix operation' });
      await expect(dialog.getByLabel('Country/region')).toHaveValue('XYZ');
      await check(page, 'console fix dialog');
      await dialog.getByRole('button', { name: 'Close' }).click();
      await expect(dialog).toHaveCount(0);
      return;
    }
    case 'Customers':
      await page.getByLabel('Search customers').fill('Sato');
      await expect(page.getByRole('status').filter({ hasText: /\d customers?/ })).toBeVisible();
      await check(page, 'console Customers (searched)');
      return;
    case 'Likely duplicates': {
      const card = page.getByRole('article').first();
      await card
        .getByRole('button', { name: /^Keep C\d+$/ })
        .first()
        .click();
      const dialog = page.getByRole('dialog', { name: /^Merge C\d+ into C\d+\?$/ });
      await expect(dialog).toBeVisible();
      await check(page, 'console Likely duplicates (merge dialog)');
      await dialog.getByRole('button', { name: 'Cancel' }).click();
      await expect(dialog).toHaveCount(0);
      return;
    }
    case 'Affiliations':
      await page.getByRole('button', { name: 'Add', exact: true }).click();
      await expect(page.getByText('Name is required.')).toBeVisible();
      await check(page, 'console Affiliations (error)');
      return;
    default:
      return;
  }
}

/** One console section in 日本語: batch jobs, after signing in. */
export async function tourConsoleInJapanese(
  context: BrowserContext,
  check: ScreenCheck,
): Promise<void> {
  const console = await openConsole(context);
  await chooseLanguage(console, 'Language', 'ja');
  await expect(console.getByRole('heading', { level: 2, name: 'バッチ ジョブ' })).toBeVisible();
  await check(console, 'console batch jobs (ja)');
  await chooseLanguage(console, '言語', 'en');
  await console.close();
}
