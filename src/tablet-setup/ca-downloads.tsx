import { apiPaths } from '../contract/api-paths.ts';
import type { Language } from '../i18n-core/languages.ts';
import { tabletSetupCatalogs } from './catalogs.ts';

type Heading = 'h2' | 'h3';

/**
 * The store CA to download (the certificate, and Apple's configuration profile for iPad and
 * iPhone) with its fingerprint when known; with a retailer's own certificate
 * (`ownCertificate`) a sentence saying there is nothing to install instead.
 */
export function CaDownloads({
  language,
  heading,
  ownCertificate,
  fingerprint,
}: {
  language: Language;
  heading: Heading;
  ownCertificate: boolean;
  fingerprint: string | null;
}) {
  const words = tabletSetupCatalogs[language].downloads;
  const Title = heading;
  return (
    <section className="ca-downloads" aria-labelledby="ca-downloads-heading">
      <Title id="ca-downloads-heading">{words.heading}</Title>
      {ownCertificate ? (
        <p>{words.ownCertificate}</p>
      ) : (
        <>
          <ul className="ca-links">
            <li>
              <a href={apiPaths.tabletCaCertificate} download>
                {words.certificate}
              </a>
            </li>
            <li>
              <a href={apiPaths.tabletCaProfile} download>
                {words.profile}
              </a>
            </li>
          </ul>
          {fingerprint && (
            <p className="ca-fingerprint">
              {words.fingerprint} <code>{fingerprint}</code>
            </p>
          )}
          <p className="muted">{words.nameConstrained}</p>
        </>
      )}
    </section>
  );
}
