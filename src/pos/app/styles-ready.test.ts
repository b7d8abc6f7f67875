// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { deferredStylesAttribute, stylesReady } from './styles-ready.ts';

/** A document with the built index.html's deferred stylesheet, not loaded yet. */
function documentWithDeferredStyles(): { doc: Document; link: HTMLLinkElement } {
  const doc = document.implementation.createHTMLDocument('POS');
  const link = doc.createElement('link');
  link.rel = 'stylesheet';
  link.media = 'print';
  link.setAttribute(deferredStylesAttribute, '');
  doc.head.append(link);
  return { doc, link };
}

describe('stylesReady (issue 13)', () => {
  it('applies the deferred stylesheet and waits until it has loaded', async () => {
    const { doc, link } = documentWithDeferredStyles();
    let ready = false;
    const waiting = stylesReady(doc).then(() => (ready = true));
    expect(link.media).toBe('all');
    await Promise.resolve();
    expect(ready).toBe(false);
    link.dispatchEvent(new Event('load'));
    await waiting;
    expect(ready).toBe(true);
  });

  it('resolves at once without deferred styles (development) and on a failed load', async () => {
    await stylesReady(document.implementation.createHTMLDocument('dev'));
    const { doc, link } = documentWithDeferredStyles();
    const waiting = stylesReady(doc);
    link.dispatchEvent(new Event('error'));
    await waiting;
    expect(link.media).toBe('all');
  });
});
