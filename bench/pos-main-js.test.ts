import { describe, expect, it } from 'vitest';
import { mainScripts } from './pos-main-js.ts';

describe('mainScripts', () => {
  it('lists the module scripts and modulepreload links, not styles, icons or the manifest', () => {
    const html = `<head>
      <link rel="icon" href="/icons/icon-192.png" />
      <script type="module" crossorigin src="/assets/pos-a.js"></script>
      <link rel="modulepreload" crossorigin href="/assets/upload-b.js">
      <link rel="stylesheet" crossorigin href="/assets/pos-c.css">
      <script src="/legacy.js"></script>
      <link rel="manifest" href="/manifest.webmanifest"></head>`;
    expect(mainScripts(html)).toEqual(['/assets/pos-a.js', '/assets/upload-b.js']);
  });
});
