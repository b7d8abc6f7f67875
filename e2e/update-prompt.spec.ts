import { expect, test } from './fixtures.ts';
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { activateRegister, waitForServiceWorker } from './register.ts';

test('a new version is offered with Reload to update, and a half-filled form is kept until then', async ({
  page,
}) => {
  await activateRegister(page, 'Shibuya Store');
  await waitForServiceWorker(page);
  await page.getByRole('link', { name: 'New customer' }).click();
  await page.getByLabel('First name').fill('Half');

  // Deploy a new version of the service worker, then let the browser look for it.
  const distDir = process.env.E2E_DIST_DIR;
  if (!distDir) throw new Error('playwright.config.ts sets E2E_DIST_DIR.');
  appendFileSync(join(distDir, 'sw.js'), `\n// deployed ${Date.now()}\n`);
  await page.evaluate(async () => {
    await (await navigator.serviceWorker.getRegistration())?.update();
  });

  const reload = page.getByRole('button', { name: 'Reload to update' });
  await expect(reload).toBeVisible();
  await page.waitForTimeout(1000);
  await expect(page.getByLabel('First name')).toHaveValue('Half');

  await reload.click();
  await expect(page.getByRole('heading', { name: 'New customer' })).toBeVisible();
  await expect(page.getByLabel('First name')).toHaveValue('');
  await expect(reload).toHaveCount(0);
});
