import { expect, test } from './fixtures.ts';
import { activateRegister, allUploaded, createPerson, uniqueName } from './register.ts';

test.use({ asyncStores: ['S001'] });

test('the sync center shows what waits to upload, what waits for HQ, and when it last synced', async ({
  page,
  hq,
}) => {
  const lastName = uniqueName('Center');
  await activateRegister(page, 'Shibuya Store');
  await hq.failNextUploads(2);
  await createPerson(page, { firstName: 'Queue', lastName });

  await page.getByRole('link', { name: 'Sync center' }).click();
  await expect(page.getByRole('heading', { name: 'Sync center' })).toBeVisible();
  const waiting = page.getByRole('region', { name: 'Waiting to upload' });
  await expect(waiting.getByRole('row').filter({ hasText: `Queue ${lastName}` })).toContainText(
    /Will retry .*Injected failure/,
  );

  const atHq = page.getByRole('region', { name: 'Uploaded, waiting for headquarters' });
  await expect(atHq.getByRole('row').filter({ hasText: `Queue ${lastName}` })).toBeVisible({
    timeout: 30_000,
  });
  await expect(page.getByRole('heading', { name: 'Waiting to upload (0)' })).toBeVisible();
  await expect(page.locator('dt:has-text("Last successful upload") + dd')).not.toHaveText('never');
  await expect(page.locator('dt:has-text("Persistent storage") + dd')).not.toBeEmpty();
  // Issue 13 part 5: the browser's estimate of the register's storage use.
  await expect(page.locator('dt:has-text("Storage used") + dd')).toHaveText(
    /^[\d.,]+ (byte|kB|MB|GB) of [\d.,]+ (kB|MB|GB|TB) \([\d.,]+%\)$/,
  );

  await allUploaded(page);
  await hq.runJobs();
  await expect(
    page.getByRole('heading', { name: 'Uploaded, waiting for headquarters (0)' }),
  ).toBeVisible();
  await expect(page.getByText('Nothing needs attention.')).toBeVisible();
});
