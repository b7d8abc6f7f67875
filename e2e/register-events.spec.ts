import { apiPaths } from '../src/contract/api-paths.ts';
import { expect, test } from './fixtures.ts';
import {
  accountNumberPattern,
  activateRegister,
  createPerson,
  customerId,
  uniqueName,
} from './register.ts';
import { recordRequests } from './request-recorder.ts';

test.use({ asyncStores: ['S001'] });

test('issue 12: an idle register sends nothing but its event stream, and learns a new account number within 2 s of 1010', async ({
  page,
  context,
  hq,
}) => {
  const requests = recordRequests(context);
  const lastName = uniqueName('Poked');
  await activateRegister(page, 'Shibuya Store');
  await createPerson(page, { firstName: 'Told', lastName });
  await expect(
    page.getByText('Uploaded; waiting for headquarters to assign an account number.'),
  ).toBeVisible();
  // Settled: the page's and the service worker's syncs after the upload are over (2 s quiet).
  await expect
    .poll(() => Date.now() - requests.lastAt(), { timeout: 20_000 })
    .toBeGreaterThan(2000);
  await expect(page.getByRole('status').filter({ hasText: 'Online' })).toBeVisible();
  const streams = requests.seen.filter((r) => r.path === apiPaths.registerEvents);
  expect(streams).toHaveLength(1);

  // An observation window: before issue 12 the register sent 3 requests every 5 s here.
  const quietFrom = requests.seen.length;
  await page.waitForTimeout(6000);
  expect(requests.pathsSince(quietFrom)).toEqual([]);
  // The stream is still the one opened at start: it never finished.
  expect(await streams[0]?.request.response()).not.toBeNull();
  expect(streams[0]?.request.timing().responseEnd).toBe(-1);

  await hq.runJob('p-job');
  await hq.runJob('sync-customers');
  expect(requests.pathsSince(quietFrom)).toEqual([]);
  const run = await hq.runJob('distribution-1010');
  const distributed = Date.now();
  expect(run.done).toBeGreaterThanOrEqual(1);
  await expect(customerId(page)).toHaveText(accountNumberPattern, { timeout: 2000 });
  expect(Date.now() - distributed).toBeLessThan(2000);
  // In between, only the download the poke asked for (customers: the feed alone).
  expect(requests.pathsSince(quietFrom)).toEqual([apiPaths.feed]);
});

test('issue 12: with the event stream blocked the sync center says live updates are off, and the stream is retried', async ({
  page,
}) => {
  let attempts = 0;
  await page.route(`**${apiPaths.registerEvents}`, async (route) => {
    attempts += 1;
    await route.abort();
  });
  await activateRegister(page, 'Shibuya Store');
  await page.getByRole('link', { name: 'Sync center' }).click();
  const liveUpdates = page.locator('dt:has-text("Live updates") + dd');
  await expect(liveUpdates).toHaveText('Live updates are off: checking for changes every minute.');
  // Reconnects back off from 1 s (1, 2, 4 s…): three attempts within about 7 s, more under load.
  await expect.poll(() => attempts, { timeout: 20_000 }).toBeGreaterThanOrEqual(3);

  await page.unroute(`**${apiPaths.registerEvents}`);
  await page.getByRole('main').getByRole('button', { name: 'Sync now' }).click();
  await expect(liveUpdates).toHaveText('On');
});
