import { describe, expect, it } from 'vitest';
import { catalogProblems } from '../i18n-core/catalog-check.ts';
import { tabletSetupEn } from './catalog-en.ts';
import { tabletSetupJa } from './catalog-ja.ts';

describe('the tablet setup catalogs', () => {
  it('have the same keys, no empty string and the same placeholders in both languages', () => {
    expect(catalogProblems(tabletSetupEn, tabletSetupJa)).toEqual([]);
  });
});
