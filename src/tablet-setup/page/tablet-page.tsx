import { LanguageSelect } from '../../i18n-core/language-select.tsx';
import { useLanguage } from '../../i18n-core/use-language.ts';
import { CaDownloads } from '../ca-downloads.tsx';
import { tabletSetupCatalogs } from '../catalogs.ts';
import { TrustSteps } from '../trust-steps.tsx';
import { tabletI18n } from './tablet-i18n.ts';

/**
 * The public page at /tablet/ (issue 11): what a tablet needs before it trusts the store CA —
 * the CA downloads and the trust steps — in English or Japanese. Nothing else about the server.
 */
export function TabletPage() {
  const language = useLanguage(tabletI18n);
  const words = tabletSetupCatalogs[language].page;
  return (
    <>
      <header className="tablet-header">
        <LanguageSelect app={tabletI18n} label={words.language} className="language-select" />
      </header>
      <main className="tablet-main">
        <h1>{words.heading}</h1>
        <p>{words.intro}</p>
        <CaDownloads language={language} heading="h2" ownCertificate={false} fingerprint={null} />
        <TrustSteps language={language} heading="h2" />
      </main>
    </>
  );
}
