import { expect, test } from './fixtures.ts';
import {
  accountNumberPattern,
  activateRegister,
  createPerson,
  customerId,
  uniqueName,
  allUploaded,
} from './register.ts';

test.use({ asyncStores: ['S001'] });

test('10.0.29 on: edits of a pending customer queue behind its creation and land at HQ in order', async ({
  page,
  hq,
}) => {
  await hq.setFeatures({ asyncAddressCreation: true, enhancedAsyncCreation: true });
  await hq.setFeatures({ asyncCustomerEditing: true });
  const lastName = uniqueName('Edit');
  await activateRegister(page, 'Shibuya Store');
  await createPerson(page, { firstName: 'First', lastName, phone: '03-0000-0001' });

  await page.getByRole('button', { name: 'Edit customer' }).click();
  await page.getByLabel('First name').fill('Second');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { name: `Second ${lastName}` })).toBeVisible();
  await page.getByRole('button', { name: 'Edit customer' }).click();
  await page.getByLabel('First name').fill('Third');
  await page.getByLabel('Phone', { exact: true }).fill('03-0000-0003');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { name: `Third ${lastName}` })).toBeVisible();
  await expect(customerId(page)).toHaveText('Pending sync');
  await expect(page.getByRole('button', { name: 'Issue loyalty card' })).toBeDisabled();

  await allUploaded(page);
  await hq.runJobs();
  await expect(customerId(page)).toHaveText(accountNumberPattern);
  await expect(page.getByRole('heading', { name: `Third ${lastName}` })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Issue loyalty card' })).toBeEnabled();
  const [atHq] = await hq.customers(lastName);
  expect(atHq).toMatchObject({ firstName: 'Third', phone: '03-0000-0003', version: 3 });
});
