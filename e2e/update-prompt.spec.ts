import { expect, test } from './fixtures.ts';
import {
  appendFileSync,
  existsSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { activateRegister, createPerson, customerId, waitForServiceWorker } from './register.ts';

function distDir(): string {
  const dir = process.env.E2E_DIST_DIR;
  if (!dir) throw new Error('playwright.config.ts sets E2E_DIST_DIR.');
  return dir;
}

/**
 * Replaces a file's precompressed copies (the build makes .br and .gz files, which the server
 * prefers) with ones of its new content, where the build had made them.
 */
function recompress(file: string, renamedFrom = file): void {
  for (const [suffix, compress] of [
    ['.br', brotliCompressSync],
    ['.gz', gzipSync],
  ] as const) {
    if (!existsSync(renamedFrom + suffix)) continue;
    rmSync(renamedFrom + suffix);
    writeFileSync(file + suffix, compress(readFileSync(file)));
  }
}

/**
 * Deploys a new build as a real one looks to the browser: every script and style sheet of the
 * register under a new name (new content hashes), the index.html and service worker that name
 * them (the index's precache revision changed), and the old files gone from the server — their
 * precompressed copies included.
 */
function deployNewBuild(dir: string): void {
  const assets = join(dir, 'assets');
  const stamp = Date.now().toString(16);
  const code = readdirSync(assets).filter((file) => /\.(js|css)$/.test(file));
  const renames = code
    .filter((file) => !/^(hq|tablet)-/.test(file))
    .map((file) => [file, file.replace(/\.(js|css)$/, `-${stamp}.$1`)] as const);
  const texts = [
    join(dir, 'index.html'),
    join(dir, 'hq', 'index.html'),
    join(dir, 'sw.js'),
    ...code.map((file) => join(assets, file)),
  ];
  for (const file of texts) {
    let text = readFileSync(file, 'utf8');
    for (const [from, to] of renames) text = text.split(from).join(to);
    text = text.replace(
      /"revision":"[0-9a-f]+","url":"index.html"/,
      `"revision":"${stamp}","url":"index.html"`,
    );
    writeFileSync(file, text);
  }
  for (const [from, to] of renames) {
    renameSync(join(assets, from), join(assets, to));
    recompress(join(assets, to), join(assets, from));
  }
  const renamed = new Set(renames.map(([from]) => join(assets, from)));
  for (const file of texts.filter((text) => !renamed.has(text))) recompress(file);
}

/** Forgets the register's activation, as after HQ revoked its device token. */
async function forgetActivation(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('pos-register');
        open.onerror = () => reject(open.error ?? new Error('open failed'));
        open.onsuccess = () => {
          const tx = open.result.transaction('meta', 'readwrite');
          tx.objectStore('meta').delete('activation');
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error ?? new Error('delete failed'));
        };
      }),
  );
}

test('a new version is offered with Reload to update, and a half-filled form is kept until then', async ({
  page,
}) => {
  await activateRegister(page, 'Shibuya Store');
  await waitForServiceWorker(page);
  await page.getByRole('link', { name: 'New customer' }).click();
  await page.getByLabel('First name').fill('Half');

  // Deploy a new version of the service worker, then let the browser look for it.
  appendFileSync(join(distDir(), 'sw.js'), `\n// deployed ${Date.now()}\n`);
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

test('started offline right after an update, the register opens every screen it loads on demand', async ({
  page,
  context,
}) => {
  await activateRegister(page, 'Shibuya Store');
  await waitForServiceWorker(page);
  const firstCustomer = page.getByRole('table').getByRole('link').first();
  const customerPath = await firstCustomer.getAttribute('href');
  expect(customerPath).toMatch(/^\/customers\/\d+$/);

  deployNewBuild(distDir());
  await page.evaluate(async () => {
    await (await navigator.serviceWorker.getRegistration())?.update();
  });
  // The register reloads itself once the new version controls it: wait for that reload, or the
  // next step's own reload races it (the old page already shows Customers).
  const reloaded = page.waitForEvent('load');
  await page.getByRole('button', { name: 'Reload to update' }).click();
  await reloaded;
  await expect(page.getByRole('heading', { name: 'Customers' })).toBeVisible();

  // Only the precache can answer now: the new build's chunks were never loaded by the page.
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Customers' })).toBeVisible();
  // New customer (and the contract's schemas it loads) saves offline, as Pending sync.
  await createPerson(page, { firstName: 'After', lastName: 'Update' });
  await expect(customerId(page)).toHaveText('Pending sync');
  await page.getByRole('link', { name: 'Sync center' }).click();
  await expect(page.getByRole('heading', { name: 'Sync center' })).toBeVisible();
  await page.goto(`${customerPath}/edit`);
  await expect(page.getByRole('heading', { name: /^Edit customer/ })).toBeVisible();
  await page.goto(`${customerPath}/addresses/new`);
  await expect(page.getByRole('heading', { name: /^Add address/ })).toBeVisible();
  await page.goto(`${customerPath}/fix`);
  await expect(page.getByRole('heading', { name: /^Fix and resend/ })).toBeVisible();

  await page.getByLabel('Language').selectOption('ja');
  await expect(page.getByRole('heading', { name: /^修正して再送信/ })).toBeVisible();
  await forgetActivation(page);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'このレジのアクティブ化' })).toBeVisible();
});
