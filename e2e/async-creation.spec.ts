import { expect, test } from './fixtures.ts';
import {
  accountNumberPattern,
  activateRegister,
  createPerson,
  customerId,
  guidPattern,
  openConsole,
  uniqueName,
} from './register.ts';

test.use({ asyncStores: ['S001'] });

test('async mode: Pending sync with no GUID on screen; the HQ jobs unlock the customer without reload', async ({
  page,
  context,
}) => {
  const lastName = uniqueName('Ito');
  await activateRegister(page, 'Shibuya Store');
  await expect(page.getByText('Async customer mode')).toBeVisible();

  await createPerson(page, { firstName: 'Yui', lastName, email: 'yui@example.jp' });

  await expect(customerId(page)).toHaveText('Pending sync');
  await expect(page.getByRole('button', { name: 'Edit customer' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Issue loyalty card' })).toBeDisabled();
  await expect(
    page.getByText('Available once headquarters has created this customer (Pending sync).'),
  ).toBeVisible();
  await expect(
    page.getByText('Uploaded; waiting for headquarters to assign an account number.'),
  ).toBeVisible();
  expect(await page.locator('body').innerText()).not.toMatch(guidPattern);

  await page.getByRole('link', { name: '← Customers' }).click();
  await page.getByLabel('Search customers').fill(lastName);
  const row = page.getByRole('row').filter({ hasText: lastName });
  await expect(row).toContainText('Pending sync');
  expect(await page.locator('body').innerText()).not.toMatch(guidPattern);
  await row.getByRole('link').click();

  const console = await openConsole(context);
  for (const job of ['P-job', 'Synchronize customers and channel requests', '1010']) {
    const card = console.getByRole('region', { name: job });
    await card.getByRole('button', { name: 'Run now' }).click();
    await expect(card.getByRole('button', { name: 'Run now' })).toBeEnabled();
  }
  await console.close();

  await expect(customerId(page)).toHaveText(accountNumberPattern);
  await expect(page.getByRole('button', { name: 'Edit customer' })).toBeEnabled();
  await expect(page.getByRole('button', { name: 'Issue loyalty card' })).toBeEnabled();
  await page.getByRole('button', { name: 'Issue loyalty card' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: /Loyalty card \S+ issued/ }),
  ).toBeVisible();
});
