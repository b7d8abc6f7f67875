import { expect, test } from './fixtures.ts';
import {
  accountNumberPattern,
  activateRegister,
  customerId,
  openConsole,
  openSection,
  uniqueName,
} from './register.ts';

test.use({ asyncStores: ['S001'] });

test('a record failing HQ validation shows Failed, is fixed on the status page, resynchronized, and unlocks on the register', async ({
  page,
  context,
  hq,
}) => {
  const lastName = uniqueName('Fix');
  await activateRegister(page, 'Shibuya Store');
  await page.getByRole('link', { name: 'New customer' }).click();
  await page.getByLabel('First name').fill('Kenta');
  await page.getByLabel('Last name').fill(lastName);
  await page.getByLabel('Street').fill('5-5 Ebisu');
  await page.getByLabel('City').fill('Tokyo');
  await page.getByLabel('Country/region').fill('XYZ');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(
    page.getByText('Uploaded; waiting for headquarters to assign an account number.'),
  ).toBeVisible();

  const [, sync] = await hq.runJobs();
  expect(sync?.failed).toBe(1);

  const console = await openConsole(context);
  await openSection(console, 'Customer synchronization status');
  const row = console.getByRole('row').filter({ hasText: `Kenta ${lastName}` });
  await expect(row).toContainText('Failed');
  await expect(row).toContainText("Country/region 'XYZ' does not exist.");
  await row.getByRole('button', { name: `Fix Kenta ${lastName}` }).click();
  const dialog = console.getByRole('dialog', { name: 'Fix operation' });
  await dialog.getByLabel('Country/region').fill('JPN');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await dialog.getByRole('button', { name: 'Synchronize again' }).click();
  await expect(dialog).toContainText(/Completed/);
  await expect(row).toContainText('Completed');

  await hq.runJob('distribution-1010');
  await expect(customerId(page)).toHaveText(accountNumberPattern);
  await expect(page.getByRole('button', { name: 'Edit customer' })).toBeEnabled();
});
