import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { activateRegister } from './register.ts';

/** Notes, on the page, whether a "Loading…" placeholder ever appears from now on. */
async function watchForLoading(page: Page): Promise<() => Promise<boolean>> {
  await page.evaluate(() => {
    const seen = window as Window & { sawLoading?: boolean };
    seen.sawLoading = false;
    new MutationObserver((records) => {
      const added = records.flatMap((record) => [...record.addedNodes]);
      if (added.some((node) => node instanceof Element && node.matches('.loading, .loading *')))
        seen.sawLoading = true;
    }).observe(document.body, { childList: true, subtree: true });
  });
  return () =>
    page.evaluate(() => (window as Window & { sawLoading?: boolean }).sawLoading ?? false);
}

test('New customer is fetched once the customer list shows, and opens with no Loading…', async ({
  page,
}) => {
  const fetched = page.waitForResponse((response) =>
    /\/assets\/new-customer-page-[^/]+\.js$/.test(response.url()),
  );
  await activateRegister(page, 'Shibuya Store');
  await fetched;

  const sawLoading = await watchForLoading(page);
  await page.getByRole('link', { name: 'New customer' }).click();
  await expect(page.getByRole('heading', { name: 'New customer' })).toBeVisible();
  expect(await sawLoading()).toBe(false);
});
