import { expect, test } from './fixtures.ts';
import {
  accountNumberPattern,
  activateRegister,
  customerId,
  uniqueName,
  allUploaded,
} from './register.ts';

test.use({ asyncStores: ['S001'] });

test('10.0.24 off: an async customer cannot get a title, affiliations or secondary contacts', async ({
  page,
}) => {
  await activateRegister(page, 'Shibuya Store');
  await page.getByRole('link', { name: 'New customer' }).click();
  await expect(page.getByLabel('Title')).toBeDisabled();
  await expect(page.getByLabel('Secondary emails')).toBeDisabled();
  await expect(page.getByRole('checkbox', { name: 'Senior' })).toBeDisabled();
  await expect(
    page.getByText(
      'Not available for customers created asynchronously: Enable enhanced async customer creation (10.0.24) is off.',
    ),
  ).toBeVisible();
});

test('10.0.24 on: title, affiliations and secondary contacts travel with the async customer to HQ', async ({
  page,
  hq,
}) => {
  await hq.setFeatures({ enhancedAsyncCreation: true });
  const lastName = uniqueName('Enh');
  await activateRegister(page, 'Shibuya Store');
  await page.getByRole('link', { name: 'New customer' }).click();
  await page.getByLabel('First name').fill('Aya');
  await page.getByLabel('Last name').fill(lastName);
  await page.getByLabel('Title').selectOption('Dr.');
  await page.getByRole('checkbox', { name: 'Senior' }).check();
  await page.getByLabel('Secondary emails').fill('aya.work@example.jp, aya.home@example.jp');
  await page.getByLabel('Secondary phones').fill('03-5555-1212');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(customerId(page)).toHaveText('Pending sync');
  await expect(page.locator('dt:has-text("Title") + dd')).toHaveText('Dr.');

  await allUploaded(page);
  await hq.runJobs();
  await expect(customerId(page)).toHaveText(accountNumberPattern);
  const [atHq] = await hq.customers(lastName);
  expect(atHq).toMatchObject({
    title: 'Dr.',
    secondaryEmails: ['aya.work@example.jp', 'aya.home@example.jp'],
    secondaryPhones: ['03-5555-1212'],
  });
  expect(atHq?.affiliations).toContain('SENIOR');
});
