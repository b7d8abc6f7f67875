import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { mainJsGzippedKb, mainScripts } from './main-js.ts';

/** Issue 13's budget for what the register loads before it shows Customers. */
const mainJsBudgetKb = 150;

test('main JS is the module scripts and modulepreload links, not styles, icons or the manifest', () => {
  const html = `<head>
    <link rel="icon" href="/icons/icon-192.png" />
    <script type="module" crossorigin src="/assets/pos-a.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/upload-b.js">
    <link rel="stylesheet" crossorigin href="/assets/pos-c.css">
    <script src="/legacy.js"></script>
    <link rel="manifest" href="/manifest.webmanifest"></head>`;
  expect(mainScripts(html)).toEqual(['/assets/pos-a.js', '/assets/upload-b.js']);
});

test(`the built register's main JS stays within ${mainJsBudgetKb} kB gzipped`, () => {
  expect(mainScripts(readFileSync('dist/index.html', 'utf8')).length).toBeGreaterThan(0);
  expect(mainJsGzippedKb('dist')).toBeLessThanOrEqual(mainJsBudgetKb);
});
