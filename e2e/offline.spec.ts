import { expect, test } from './fixtures.ts';
import {
  accountNumberPattern,
  activateRegister,
  createPerson,
  customerId,
  uniqueName,
  waitForServiceWorker,
} from './register.ts';

test('offline with async mode off: created as Pending sync, survives an offline reload, uploads when back online', async ({
  page,
  context,
  hq,
}) => {
  const lastName = uniqueName('Kato');
  await activateRegister(page, 'Shibuya Store');
  await waitForServiceWorker(page);

  await context.setOffline(true);
  await expect(page.getByRole('status').filter({ hasText: 'Offline' })).toBeVisible();
  await createPerson(page, { firstName: 'Mei', lastName });
  await expect(customerId(page)).toHaveText('Pending sync');

  await page.reload();
  await expect(page.getByRole('heading', { name: `Mei ${lastName}` })).toBeVisible();
  await expect(customerId(page)).toHaveText('Pending sync');
  await expect(page.getByText('Waiting to upload: 1')).toBeVisible();

  await context.setOffline(false);
  await expect(page.getByRole('status').filter({ hasText: 'Online' })).toBeVisible();
  await expect(
    page.getByText('Uploaded; waiting for headquarters to assign an account number.'),
  ).toBeVisible();
  await hq.runJobs();
  await expect(customerId(page)).toHaveText(accountNumberPattern);
  await expect(page.getByRole('button', { name: 'Edit customer' })).toBeEnabled();
  expect(await hq.customers(lastName)).toHaveLength(1);
});

test('the app shell loads offline for client routes and URLs with a query string', async ({
  page,
  context,
}) => {
  await activateRegister(page, 'Shibuya Store');
  await waitForServiceWorker(page);
  await context.setOffline(true);

  await page.goto('/customers/new?from=bookmark');
  await expect(page.getByRole('heading', { name: 'New customer' })).toBeVisible();
  await page.goto('/?q=1');
  await expect(page.getByRole('heading', { name: 'Customers' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Offline' })).toBeVisible();
});
