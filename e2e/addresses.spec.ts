import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import {
  accountNumberPattern,
  activateRegister,
  createPerson,
  customerId,
  uniqueName,
  allUploaded,
} from './register.ts';

async function addAddress(page: Page, street: string): Promise<void> {
  await page.getByRole('button', { name: 'Add address' }).click();
  await page.getByLabel('Street').fill(street);
  await page.getByLabel('City').fill('Tokyo');
  await page.getByRole('button', { name: 'Save address' }).click();
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(/^Add address/);
}

const addressLine = (page: Page, street: string) =>
  page.locator('dt:has-text("Addresses") + dd div').filter({ hasText: street });

test('10.0.22 on: addresses of a synced and of a pending customer are saved locally and synced through the jobs', async ({
  page,
  hq,
}) => {
  await hq.setFeatures({ asyncAddressCreation: true });
  const syncedName = uniqueName('Addr');
  await activateRegister(page, 'Shibuya Store');

  await createPerson(page, { firstName: 'Sync', lastName: syncedName });
  await expect(customerId(page)).toHaveText(accountNumberPattern);
  await addAddress(page, '1-1 Dogenzaka');
  await addAddress(page, '2-2 Udagawacho');
  await expect(addressLine(page, '1-1 Dogenzaka')).toContainText('Pending sync');
  await expect(addressLine(page, '2-2 Udagawacho')).toContainText('Pending sync');

  await hq.setAsyncMode('S001', true);
  await page.getByRole('button', { name: 'Sync now' }).click();
  await page.getByRole('link', { name: '← Customers' }).click();
  const pendingName = uniqueName('Addr');
  await createPerson(page, { firstName: 'Async', lastName: pendingName });
  await expect(customerId(page)).toHaveText('Pending sync');
  await addAddress(page, '3-3 Jinnan');
  await expect(addressLine(page, '3-3 Jinnan')).toContainText('Pending sync');
  await expect(page.getByText('A new address: uploaded; waiting for headquarters.')).toBeVisible();

  await allUploaded(page);
  await hq.runJobs();
  await expect(customerId(page)).toHaveText(accountNumberPattern);
  await expect(addressLine(page, '3-3 Jinnan')).not.toContainText('Pending sync');
  const [pendingAtHq] = await hq.customers(pendingName);
  expect(pendingAtHq?.addresses.map((a) => a.street)).toEqual(['3-3 Jinnan']);
  const [syncedAtHq] = await hq.customers(syncedName);
  expect(syncedAtHq?.addresses.map((a) => a.street).sort()).toEqual([
    '1-1 Dogenzaka',
    '2-2 Udagawacho',
  ]);
});

test('10.0.22 off: a synced customer gets an address in real time; a pending one gets none until synced', async ({
  page,
  hq,
}) => {
  const name = uniqueName('Rt');
  await activateRegister(page, 'Shibuya Store');
  await createPerson(page, { firstName: 'Real', lastName: name });
  await addAddress(page, '4-4 Shoto');
  await expect(addressLine(page, '4-4 Shoto')).not.toContainText('Pending sync');
  expect((await hq.customers(name))[0]?.addresses.map((a) => a.street)).toEqual(['4-4 Shoto']);

  await hq.setAsyncMode('S001', true);
  await page.getByRole('button', { name: 'Sync now' }).click();
  await page.getByRole('link', { name: '← Customers' }).click();
  await createPerson(page, { firstName: 'Later', lastName: uniqueName('Rt') });
  await expect(page.getByRole('button', { name: 'Add address' })).toBeDisabled();
  await expect(
    page.getByText(
      'Addresses can be added once headquarters has created this customer (asynchronous address creation, 10.0.22, is off).',
    ),
  ).toBeVisible();
});
