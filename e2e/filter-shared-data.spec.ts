import { expect, test } from './fixtures.ts';
import {
  activateRegister,
  createPerson,
  syncNow,
  uniqueName,
  waitForServiceWorker,
} from './register.ts';

test('filter shared customer data: no offline creation, shared customers purged, own ones kept', async ({
  page,
  context,
  hq,
}) => {
  const own = uniqueName('Own');
  await activateRegister(page, 'Shibuya Store');
  await waitForServiceWorker(page);
  await createPerson(page, { firstName: 'Mine', lastName: own });
  await page.getByRole('link', { name: '← Customers' }).click();
  const rows = page.getByRole('row');
  await expect(rows).not.toHaveCount(2);

  await hq.setFilterSharedCustomerData(true);
  await syncNow(page);
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText(own);

  await context.setOffline(true);
  const newCustomer = page.getByRole('button', { name: 'New customer' });
  await expect(newCustomer).toBeDisabled();
  await expect(
    page.getByText(
      'New customers cannot be created offline in this store (shared customer data is filtered). Reconnect to create one.',
    ),
  ).toBeVisible();

  await context.setOffline(false);
  await expect(page.getByRole('link', { name: 'New customer' })).toBeVisible();
  await hq.setFilterSharedCustomerData(false);
  await syncNow(page);
  await expect(rows).not.toHaveCount(2);
});
