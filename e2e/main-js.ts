import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The scripts an HTML page loads as its main JS: its module scripts and modulepreload links. */
export function mainScripts(html: string): string[] {
  const tags = html.match(/<(script|link)\b[^>]*>/g) ?? [];
  return tags.flatMap((tag) => {
    const isModule = /^<script\b/.test(tag) && /\btype="module"/.test(tag);
    const isPreload = /^<link\b/.test(tag) && /\brel="modulepreload"/.test(tag);
    const url = /\b(?:src|href)="([^"]+)"/.exec(tag)?.[1];
    return (isModule || isPreload) && url ? [url] : [];
  });
}

/** The POS's main JS (what `dist/index.html` loads), gzip-compressed at zlib's default level, in kB. */
export function mainJsGzippedKb(distDir: string): number {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const bytes = mainScripts(html).reduce(
    (sum, url) => sum + gzipSync(readFileSync(join(distDir, url))).length,
    0,
  );
  return bytes / 1000;
}
