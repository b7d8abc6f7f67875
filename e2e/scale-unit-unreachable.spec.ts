import { expect, test } from './fixtures.ts';
import {
  accountNumberPattern,
  activateRegister,
  createPerson,
  customerId,
  uniqueName,
} from './register.ts';

test('scale unit unreachable while the browser is online: async fallback, recovered after', async ({
  page,
  hq,
}) => {
  const lastName = uniqueName('Mori');
  await activateRegister(page, 'Shibuya Store');
  await expect(page.getByText('Real-time customer mode')).toBeVisible();

  await hq.setScaleUnitReachable(false);
  await createPerson(page, { firstName: 'Ren', lastName });
  await expect(customerId(page)).toHaveText('Pending sync');
  await expect(page.getByRole('status').filter({ hasText: 'Offline' })).toBeVisible();

  await hq.setScaleUnitReachable(true);
  await expect(page.getByRole('status').filter({ hasText: 'Online' })).toBeVisible();
  await expect(
    page.getByText('Uploaded; waiting for headquarters to assign an account number.'),
  ).toBeVisible();
  await hq.runJobs();
  await expect(customerId(page)).toHaveText(accountNumberPattern);
  expect(await hq.customers(lastName)).toHaveLength(1);
});
