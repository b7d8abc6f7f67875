import type { Language } from '../i18n-core/languages.ts';
import { tabletSetupEn } from './catalog-en.ts';
import { tabletSetupJa } from './catalog-ja.ts';
import type { CatalogOf } from '../i18n-core/catalog.ts';

/** The tablet setup words of one language. */
export type TabletSetupWords = CatalogOf<typeof tabletSetupEn>;

/** The tablet setup words in each language the apps speak. */
export const tabletSetupCatalogs: Record<Language, TabletSetupWords> = {
  en: tabletSetupEn,
  ja: tabletSetupJa,
};
