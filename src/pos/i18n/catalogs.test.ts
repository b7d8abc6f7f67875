import { afterEach, describe, expect, it } from 'vitest';
import { catalogProblems } from '../../i18n-core/catalog-check.ts';
import { posEn } from './en.ts';
import { posI18n, t } from './i18n.ts';
import { insecureContextEn, insecureContextJa } from './insecure-context-catalogs.ts';
import { posJa } from './ja.ts';

afterEach(() => posI18n.choose('en'));

describe('the register catalogs', () => {
  it('have the same keys, no empty string and the same placeholders in both languages', () => {
    expect(catalogProblems(posEn, posJa)).toEqual([]);
    expect(catalogProblems(insecureContextEn, insecureContextJa)).toEqual([]);
  });

  it('call Pending sync 同期を保留中 in Japanese, as the source document does', async () => {
    expect(t('pendingSync')).toBe('Pending sync');
    await posI18n.choose('ja');
    expect(t('pendingSync')).toBe('同期を保留中');
  });

  it('fail a test that asks for a key no catalog has (and tsc refuses it too)', () => {
    // @ts-expect-error -- a key the English catalog does not have
    expect(() => t('customerList.noSuchKey')).toThrow(
      'Missing translation key "pos:customerList.noSuchKey".',
    );
  });

  it('format numbers and choose plural forms per language', async () => {
    expect(t('rescueExport.exported', { count: 1, file: 'a.json' })).toBe(
      'Exported 1 record to a.json.',
    );
    expect(t('rescueExport.exported', { count: 1200, file: 'a.json' })).toBe(
      'Exported 1,200 records to a.json.',
    );
    await posI18n.choose('ja');
    expect(t('rescueExport.exported', { count: 1200, file: 'a.json' })).toBe(
      '1,200 件のレコードを a.json にエクスポートしました。',
    );
  });
});
