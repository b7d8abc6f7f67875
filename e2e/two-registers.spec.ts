import { expect, test } from './fixtures.ts';
import { accountNumberPattern, activateRegister, createPerson, uniqueName } from './register.ts';

test.use({ asyncStores: ['S001'] });

test('a customer created async in one store is found in the other only after the jobs ran', async ({
  browser,
  hq,
}) => {
  const lastName = uniqueName('Abe');
  const shibuya = await (await browser.newContext()).newPage();
  const osaka = await (await browser.newContext()).newPage();
  await activateRegister(shibuya, 'Shibuya Store');
  await activateRegister(osaka, 'Osaka Store');

  await createPerson(shibuya, { firstName: 'Sora', lastName });
  await expect(
    shibuya.getByText('Uploaded; waiting for headquarters to assign an account number.'),
  ).toBeVisible();

  const search = osaka.getByLabel('Search customers');
  await search.fill(lastName);
  await osaka.getByRole('button', { name: 'Sync now' }).click();
  await expect(osaka.getByRole('button', { name: 'Sync now' })).toBeEnabled();
  await expect(osaka.getByText('No customer on this register matches.')).toBeVisible();
  await osaka.getByRole('button', { name: 'Search all stores' }).click();
  await expect(
    osaka.getByRole('heading', { name: 'All stores: no customers found' }),
  ).toBeVisible();

  await hq.runJobs();
  await osaka.getByRole('button', { name: 'Search all stores' }).click();
  await expect(osaka.getByRole('heading', { name: 'All stores: 1 found' })).toBeVisible();

  await osaka.getByRole('button', { name: 'Sync now' }).click();
  // Now on the register itself, beside the results from all stores still on screen.
  const row = osaka
    .getByRole('table', { name: `Customers matching “${lastName}”` })
    .getByRole('row')
    .filter({ hasText: lastName });
  await expect(row).toBeVisible();
  await expect(row.getByRole('cell').first()).toHaveText(accountNumberPattern);
  await expect(row).toContainText('S001');
});
