import { afterEach, describe, expect, it } from 'vitest';
import { catalogProblems } from '../../i18n-core/catalog-check.ts';
import { hqEn } from './en.ts';
import { hqI18n, t } from './i18n.ts';
import { hqJa } from './ja.ts';

afterEach(() => hqI18n.choose('en'));

describe('the console catalogs', () => {
  it('have the same keys, no empty string and the same placeholders in both languages', () => {
    expect(catalogProblems(hqEn, hqJa)).toEqual([]);
  });

  it('use the product words of PRODUCT.md in English', () => {
    expect(t('jobs.runNow')).toBe('Run now');
    expect(t('app.sections.sync-status')).toBe('Customer synchronization status');
    expect(t('jobs.names.sync-customers')).toBe('Synchronize customers and channel requests');
  });

  it('fail a test that asks for a key no catalog has (and tsc refuses it too)', () => {
    // @ts-expect-error -- a key the English catalog does not have
    expect(() => t('jobs.noSuchKey')).toThrow('Missing translation key "hq:jobs.noSuchKey".');
  });

  it('choose plural forms and format numbers per language', async () => {
    expect(t('registers.count', { count: 1 })).toBe('1 register');
    expect(t('registers.count', { count: 2500 })).toBe('2,500 registers');
    await hqI18n.choose('ja');
    expect(t('registers.count', { count: 2500 })).toBe('レジ 2,500 台');
    expect(t('jobs.runNow')).toBe('今すぐ実行');
  });
});
