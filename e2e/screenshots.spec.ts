import type { Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from './fixtures.ts';
import {
  accountNumberPattern,
  activateRegister,
  allUploaded,
  createPerson,
  customerId,
  openConsole,
  openSection,
} from './register.ts';
import { chooseLanguage } from './screen-tour.ts';

/** Where the README's pictures live; this spec writes them on every e2e run. */
const screenshotDir = fileURLToPath(new URL('../docs/screenshots/', import.meta.url));

test.use({ asyncStores: ['S001'], viewport: { width: 1280, height: 800 } });

/**
 * Saves the page as the reader would first see it: no focus ring, scrolled to the top; the
 * whole page, or its top `height` px.
 */
async function save(
  page: Page,
  name: string,
  { fullPage = false, height }: { fullPage?: boolean; height?: number } = {},
): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  await page.evaluate(() => {
    if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
    window.scrollTo(0, 0);
  });
  await page.screenshot({
    path: `${screenshotDir}${name}.png`,
    animations: 'disabled',
    fullPage: fullPage || height !== undefined,
    ...(height === undefined ? {} : { clip: { x: 0, y: 0, width: 1280, height } }),
  });
}

test('saves the README screenshots of the register and the console at 1280×800', async ({
  page,
  context,
  hq,
}) => {
  test.setTimeout(120_000);
  // A name no demo customer has, so the pictures show the same customer every run.
  const customer = { firstName: 'Mei', lastName: 'Okabe', email: 'mei.okabe@example.com' };
  const name = `${customer.firstName} ${customer.lastName}`;

  await page.goto('/');
  await page.getByLabel('Activation code').fill((await hq.activationCode('S001-R1')).code);
  await save(page, 'activation');
  await activateRegister(page, 'Shibuya Store');

  await page.getByRole('link', { name: 'New customer' }).click();
  await page.getByLabel('First name').fill(customer.firstName);
  await page.getByLabel('Last name').fill(customer.lastName);
  await page.getByLabel('Email', { exact: true }).fill(customer.email);
  await page.getByLabel('Phone', { exact: true }).fill('+81 3 1234 5678');
  await save(page, 'new-customer', { fullPage: true });
  await page.getByRole('button', { name: 'Cancel' }).click();
  await createPerson(page, { ...customer, phone: '+81 3 1234 5678' });
  await allUploaded(page);

  await page.getByRole('link', { name: '← Customers' }).click();
  await expect(page.getByRole('row').filter({ hasText: name })).toContainText('Pending sync');
  await save(page, 'customer-list-pending-sync');
  await page.getByRole('link', { name: 'Sync center' }).click();
  await expect(
    page.getByRole('heading', { name: 'Uploaded, waiting for headquarters (1)' }),
  ).toBeVisible();
  await save(page, 'sync-center', { fullPage: true });

  await hq.runJobs();
  await page.getByRole('link', { name: 'Shibuya Store · Register 1' }).click();
  await page.getByRole('link', { name, exact: true }).click();
  await expect(customerId(page)).toHaveText(accountNumberPattern);
  await expect(page.getByRole('button', { name: 'Issue loyalty card' })).toBeEnabled();
  await save(page, 'customer-details');

  // The same person typed again: the register warns; saved anyway, HQ flags the pair (X2).
  await page.getByRole('link', { name: '← Customers' }).click();
  await page.getByRole('link', { name: 'New customer' }).click();
  await page.getByLabel('First name').fill('Mei');
  await page.getByLabel('Last name').fill('Okabe');
  await page.getByLabel('Phone', { exact: true }).fill('+81-3-1234-5678');
  await expect(page.getByRole('status', { name: 'Possible duplicates' })).toContainText(
    `Possible duplicate: ${name}`,
  );
  await save(page, 'new-customer-possible-duplicate', { height: 800 });
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { name })).toBeVisible();
  await allUploaded(page);
  await hq.runJobs();
  await page.getByRole('link', { name: '← Customers' }).click();

  await chooseLanguage(page, 'Language', 'ja');
  await page.getByRole('link', { name: 'Shibuya Store · レジ 1' }).click();
  await expect(page.getByRole('heading', { name: '顧客', exact: true })).toBeVisible();
  await save(page, 'customer-list-ja');
  await chooseLanguage(page, '言語', 'en');

  const console = await openConsole(context);
  await expect(console.getByRole('table').first()).toContainText('Run history');
  await save(console, 'console-batch-jobs');
  await openSection(console, 'Customer synchronization status');
  await expect(console.getByRole('row').filter({ hasText: name }).first()).toContainText(
    'Completed',
  );
  // The whole suite's operations make a long table: its top is enough.
  await save(console, 'console-sync-status', { height: 1200 });
  await openSection(console, 'Registers');
  await expect(console.getByRole('columnheader', { name: 'Last contact' })).toBeVisible();
  await save(console, 'console-registers');
  await openSection(console, 'Add a tablet');
  await console
    .getByLabel('Store', { exact: true })
    .selectOption({ label: 'Shibuya Store (S001)' });
  await console
    .getByLabel('Register', { exact: true })
    .selectOption({ label: 'Register 2 (S001-R2)' });
  await console.getByRole('button', { name: 'Create activation code' }).click();
  await expect(
    console.getByRole('img', { name: 'QR code to activate register 2 of Shibuya Store' }),
  ).toBeVisible();
  await save(console, 'console-add-tablet', { height: 1300 });
  await openSection(console, 'Likely duplicates');
  await expect(console.getByRole('article', { name: `${name} and ${name}` }).first()).toContainText(
    'Same phone number',
  );
  await save(console, 'console-likely-duplicates');
});
