import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Catalog } from './catalog.ts';
import { createAppI18n } from './create-app-i18n.ts';

const en = { app: { title: 'Shop', hello: 'Hello {{name}}' } };
const ja = { app: { title: '店', hello: 'こんにちは {{name}}' } };

/** A loader whose promise the test settles. */
function deferredLoader() {
  let settle: { resolve: (c: Catalog) => void; reject: (e: Error) => void } | null = null;
  const load = vi.fn(
    () =>
      new Promise<Catalog>((resolve, reject) => {
        settle = { resolve, reject };
      }),
  );
  return {
    load,
    resolve: () => settle?.resolve(ja),
    reject: () => settle?.reject(new Error('chunk missing')),
  };
}

function storageWith(entries: Record<string, string>): Storage {
  const map = new Map(Object.entries(entries));
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (key) => map.get(key) ?? null,
    key: (index) => [...map.keys()][index] ?? null,
    removeItem: (key) => map.delete(key),
    setItem: (key, value) => map.set(key, value),
  };
}

/** An app with `ja` loaded on demand; `stored` is the language remembered on this device. */
function app(ja: () => Promise<Catalog>, stored?: 'ja') {
  const storageKey = 'test.language';
  if (stored) vi.stubGlobal('localStorage', storageWith({ [storageKey]: stored }));
  const created = createAppI18n({
    namespace: 'test',
    catalogs: { en, ja },
    storageKey,
    titleKey: 'app.title',
  });
  const t = (name: string) => created.i18n.t('app.hello', { ns: 'test', name });
  return { ...created, t };
}

afterEach(() => vi.unstubAllGlobals());

describe('a catalog loaded on demand', () => {
  it('is loaded only when its language is chosen, and choosing waits for it', async () => {
    const loader = deferredLoader();
    const i18n = app(loader.load);
    await i18n.ready;
    expect(loader.load).not.toHaveBeenCalled();
    expect(i18n.t('Ann')).toBe('Hello Ann');

    const choosing = i18n.choose('ja');
    // While it loads: still English, and no key is missing (the test setup throws on one).
    expect(i18n.language()).toBe('en');
    expect(i18n.t('Ann')).toBe('Hello Ann');
    loader.resolve();
    await choosing;
    expect(i18n.language()).toBe('ja');
    expect(i18n.t('Ann')).toBe('こんにちは Ann');

    await i18n.choose('en');
    await i18n.choose('ja');
    expect(loader.load).toHaveBeenCalledTimes(1);
  });

  it('is loaded before the app shows when it is the stored language', async () => {
    const loader = deferredLoader();
    const i18n = app(loader.load, 'ja');
    expect(loader.load).toHaveBeenCalledTimes(1);
    loader.resolve();
    await i18n.ready;
    expect(i18n.language()).toBe('ja');
    expect(i18n.t('Ann')).toBe('こんにちは Ann');
  });

  it('leaves the app in English when it cannot be loaded, and is tried again', async () => {
    const loader = deferredLoader();
    const i18n = app(loader.load, 'ja');
    loader.reject();
    await i18n.ready;
    expect(i18n.language()).toBe('en');

    const choosing = i18n.choose('ja');
    loader.reject();
    await expect(choosing).rejects.toThrow('chunk missing');
    expect(i18n.language()).toBe('en');

    const again = i18n.choose('ja');
    loader.resolve();
    await again;
    expect(i18n.language()).toBe('ja');
    expect(loader.load).toHaveBeenCalledTimes(3);
  });

  it('gives way to a later choice made while it loads', async () => {
    const loader = deferredLoader();
    const i18n = app(loader.load);
    const japanese = i18n.choose('ja');
    await i18n.choose('en');
    loader.resolve();
    await japanese;
    expect(i18n.language()).toBe('en');
  });
});
