import { expect, test } from './fixtures.ts';
import {
  accountNumberPattern,
  activateRegister,
  createPerson,
  customerId,
  uniqueName,
} from './register.ts';

test.use({ asyncStores: ['S001'] });

test('the upload is retried after a 5xx and no duplicate appears at HQ', async ({ page, hq }) => {
  const lastName = uniqueName('Ueda');
  await activateRegister(page, 'Shibuya Store');
  await hq.failNextUploads(2, 503);

  await createPerson(page, { firstName: 'Nao', lastName });
  await expect(page.getByText(/waiting to upload \(will retry: /)).toBeVisible();
  await expect(
    page.getByText('Uploaded; waiting for headquarters to assign an account number.'),
  ).toBeVisible();

  const [pJob] = await hq.runJobs();
  expect(pJob?.failed).toBe(0);
  await expect(customerId(page)).toHaveText(accountNumberPattern);
  expect(await hq.customers(lastName)).toHaveLength(1);
});
