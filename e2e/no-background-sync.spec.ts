import { expect, test } from './fixtures.ts';
import {
  accountNumberPattern,
  activateRegister,
  allUploaded,
  createPerson,
  customerId,
  uniqueName,
  waitForServiceWorker,
} from './register.ts';

const keepOpen =
  'This browser uploads only while the register is open. Keep it open until every record is uploaded.';

test.use({ viewport: { width: 768, height: 1024 }, hasTouch: true });

test('without Background Sync the open register uploads a customer created offline once online, and says to keep it open meanwhile', async ({
  context,
  hq,
}) => {
  // iPadOS Safari has service workers but no Background Sync: take it away before the app loads.
  await context.addInitScript(() => {
    delete (globalThis as { SyncManager?: unknown }).SyncManager;
    delete (ServiceWorkerRegistration.prototype as { sync?: unknown }).sync;
  });
  const lastName = uniqueName('Mori');
  const page = await context.newPage();
  await activateRegister(page, 'Shibuya Store');
  await waitForServiceWorker(page);
  expect(
    await page.evaluate(
      () => 'SyncManager' in globalThis || 'sync' in ServiceWorkerRegistration.prototype,
    ),
  ).toBe(false);
  const notice = page.getByRole('status').filter({ hasText: keepOpen });
  await expect(notice).toHaveCount(0);

  await context.setOffline(true);
  await createPerson(page, { firstName: 'Aoi', lastName });
  await expect(customerId(page)).toHaveText('Pending sync');
  await expect(notice).toBeVisible();
  await expect(page.getByRole('banner').getByText('Waiting to upload: 1')).toBeVisible();

  // Back online, nobody presses Sync now: the open register uploads by itself.
  await context.setOffline(false);
  await allUploaded(page);
  await expect(notice).toHaveCount(0);

  await hq.runJobs();
  await expect(customerId(page)).toHaveText(accountNumberPattern);
  expect(await hq.customers(lastName)).toHaveLength(1);
});
