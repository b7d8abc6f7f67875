import { createAppI18n } from '../../i18n-core/create-app-i18n.ts';
import { tabletSetupCatalogs } from '../catalogs.ts';

/** The public tablet page's language: English or Japanese, remembered on this device. */
export const tabletI18n = createAppI18n({
  namespace: 'tablet',
  catalogs: tabletSetupCatalogs,
  storageKey: 'tablet.language',
  titleKey: 'page.title',
});
