import { expect, test } from './fixtures.ts';
import {
  accountNumberPattern,
  activateRegister,
  createPerson,
  customerId,
  uniqueName,
  waitForServiceWorker,
} from './register.ts';

test('the service worker uploads a customer created offline after the POS tab was closed', async ({
  context,
  hq,
}) => {
  const lastName = uniqueName('Hara');
  const page = await context.newPage();
  await activateRegister(page, 'Shibuya Store');
  await waitForServiceWorker(page);

  await context.setOffline(true);
  await createPerson(page, { firstName: 'Kai', lastName });
  await expect(customerId(page)).toHaveText('Pending sync');
  await page.close();
  expect(context.pages()).toHaveLength(0);

  await context.setOffline(false);
  await expect
    .poll(
      async () => {
        await hq.runJob('p-job');
        return (await hq.asyncOperations()).filter((op) => op.name === `Kai ${lastName}`).length;
      },
      { timeout: 20_000 },
    )
    .toBe(1);

  await hq.runJobs();
  const again = await context.newPage();
  await again.goto('/');
  await again.getByLabel('Search customers').fill(lastName);
  const row = again.getByRole('row').filter({ hasText: lastName });
  await expect(row.getByRole('cell').first()).toHaveText(accountNumberPattern);
  expect(await hq.customers(lastName)).toHaveLength(1);
});
