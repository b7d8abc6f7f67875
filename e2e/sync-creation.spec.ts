import { expect, test } from './fixtures.ts';
import {
  accountNumberPattern,
  activateRegister,
  createPerson,
  customerId,
  uniqueName,
} from './register.ts';

test('sync mode online: the account number shows at once, Edit customer and Issue loyalty card work', async ({
  page,
  hq,
}) => {
  const lastName = uniqueName('Sato');
  await activateRegister(page, 'Shibuya Store');
  await expect(page.getByText('Real-time customer mode')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Online' })).toBeVisible();

  await createPerson(page, {
    firstName: 'Kenji',
    lastName,
    email: 'kenji@example.jp',
    phone: '03-1111-2222',
  });

  await expect(customerId(page)).toHaveText(accountNumberPattern);
  await expect(page.getByText('Pending sync')).toHaveCount(0);
  const account = (await customerId(page).textContent()) ?? '';
  const atHq = await hq.customers(lastName);
  expect(atHq.map((c) => c.accountNumber)).toEqual([account]);

  await page.getByRole('button', { name: 'Edit customer' }).click();
  await page.getByLabel('Phone', { exact: true }).fill('03-9999-0000');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.locator('dt:has-text("Phone") + dd')).toHaveText('03-9999-0000');

  await page.getByRole('button', { name: 'Issue loyalty card' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: /Loyalty card \S+ issued/ }),
  ).toBeVisible();

  const [updated] = await hq.customers(lastName);
  expect(updated?.phone).toBe('03-9999-0000');
  expect(updated?.loyaltyCards).toHaveLength(1);
  await expect(page.locator('dt:has-text("Loyalty cards") + dd')).toHaveText(
    updated?.loyaltyCards[0]?.cardNumber ?? 'missing',
  );
});
