import { LanguageSelect } from '../../i18n-core/language-select.tsx';
import { posI18n, t } from './i18n.ts';

/** The register's language switch, for the header. */
export function LanguageSwitch() {
  return <LanguageSelect app={posI18n} label={t('app.language')} className="language-select" />;
}
