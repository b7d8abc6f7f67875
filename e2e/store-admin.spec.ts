import { expect, test } from './fixtures.ts';
import {
  accountNumberPattern,
  activateRegister,
  createPerson,
  customerId,
  openConsole,
  openSection,
  uniqueName,
} from './register.ts';

test('issue 11: an administrator adds a store and a register; it serves a register until it is retired', async ({
  page,
  context,
  hq,
}) => {
  // Unique within the suite's server, which other specs share.
  const storeId = `K${Math.floor(Math.random() * 1_000_000)}`;
  const storeName = `${uniqueName('Kyoto')} Store`;
  const lastName = uniqueName('Newstore');

  const console = await openConsole(context);
  await openSection(console, 'Stores');
  await console.getByRole('button', { name: 'Add store' }).click();
  const form = console.getByRole('form', { name: 'Add a store' });
  await form.getByLabel('Store ID').fill(storeId);
  await form.getByLabel('Store name').fill(storeName);
  await expect(form.getByLabel('Default customer name')).toHaveValue(
    `${storeName} default customer`,
  );
  await form.getByLabel('Customer group').fill('Kyoto');
  await form.getByRole('button', { name: 'Add' }).click();
  await expect(
    console.getByText(`${storeName} (${storeId}) added.`, { exact: false }),
  ).toBeVisible();

  const card = console.getByRole('region', { name: storeName });
  const addRegister = card.getByRole('form', { name: `Add register — ${storeName}` });
  await expect(addRegister.getByLabel('Register number')).toHaveValue('1');
  await addRegister.getByRole('button', { name: 'Add register' }).click();
  await expect(card.getByText(`Register 1 added to ${storeName}.`)).toBeVisible();
  await expect(card.getByText('Register 1:')).toBeVisible();

  await activateRegister(page, storeName, 'Register 1');
  await expect(page.getByRole('link', { name: `${storeName} · Register 1` })).toBeVisible();
  await createPerson(page, { firstName: 'Nao', lastName });
  await expect(customerId(page)).toHaveText(accountNumberPattern);
  const [customer] = await hq.customers(lastName);
  expect(customer).toMatchObject({ storeId, customerGroup: 'Kyoto' });
  await console.reload();
  await expect(card.getByText('activated', { exact: true })).toBeVisible();

  await card.getByRole('button', { name: `Retire Register 1 of ${storeName}` }).click();
  const dialog = console.getByRole('dialog', { name: `Retire Register 1 of ${storeName}?` });
  await expect(dialog).toContainText('Its device token stops working at once');
  await dialog.getByRole('button', { name: 'Retire' }).click();
  await expect(card.getByText(`Register 1 of ${storeName} retired.`)).toBeVisible();
  await expect(card.getByText('retired', { exact: true })).toBeVisible();

  // The register's next call is refused: it shows it was deactivated, and cannot come back.
  await page.getByRole('button', { name: 'Sync now' }).click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'no longer accepts this register' }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Activate again' }).click();
  await expect(page.getByRole('heading', { name: 'Activate this register' })).toBeVisible();
  // Add a tablet no longer offers it: a retired register gets no activation code.
  await openSection(console, 'Add a tablet');
  await console
    .getByLabel('Store', { exact: true })
    .selectOption({ label: `${storeName} (${storeId})` });
  await expect(console.getByLabel('Register', { exact: true }).locator('option')).toHaveCount(1);

  await openSection(console, 'Registers');
  const row = console.getByRole('row').filter({ hasText: storeName });
  await expect(row.getByText('Retired', { exact: true })).toBeVisible();
  await expect(row.getByRole('button')).toHaveCount(0);
});
