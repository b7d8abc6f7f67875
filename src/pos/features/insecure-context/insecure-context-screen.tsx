import { useEffect, useState } from 'react';
import { apiPaths } from '../../../contract/api-paths.ts';
import { useLanguage } from '../../../i18n-core/use-language.ts';
import { format, posI18n, t } from '../../i18n/i18n.ts';
import { tInsecure } from '../../i18n/insecure-context-i18n.ts';
import { LanguageSwitch } from '../../i18n/language-switch.tsx';
import { fetchHttpsAddress } from './https-address.ts';

/**
 * Shown instead of the register where the browser withholds the APIs it needs (issue 11, item
 * 4): over plain http, why it cannot run and the https address to open, with the tablet setup
 * steps; in a secure context that still lacks them, that this browser cannot run it. Loaded
 * only then (app/main.tsx), so the register's own start does not carry it.
 */
export function InsecureContextScreen({
  missing,
  isSecureContext,
  href,
  fetcher,
}: {
  /** The APIs this browser lacks (app/secure-context.ts). */
  missing: readonly string[];
  isSecureContext: boolean;
  /** The page's address, whose https twin the screen offers. */
  href: string;
  fetcher?: typeof fetch;
}) {
  useLanguage(posI18n);
  return (
    <>
      <header className="app-header">
        <span className="brand">{t('app.title')}</span>
        <div className="header-end">
          <LanguageSwitch />
        </div>
      </header>
      <main className="activation insecure-context">
        {isSecureContext ? (
          <>
            <h1>{tInsecure('unsupportedHeading')}</h1>
            <p>{tInsecure('unsupported')}</p>
          </>
        ) : (
          <>
            <h1>{tInsecure('heading')}</h1>
            <p>{tInsecure('why')}</p>
            <HttpsAddress href={href} fetcher={fetcher} />
            <p>
              {tInsecure('firstTime')}{' '}
              <a href={apiPaths.tabletSetupPage}>{tInsecure('setupLink')}</a>
            </p>
          </>
        )}
        <details>
          <summary>{tInsecure('details')}</summary>
          <p>{tInsecure('missing', { apis: format().list(missing) })}</p>
        </details>
      </main>
    </>
  );
}

/** The https address as a link once the server names its port; what to do when it does not. */
function HttpsAddress({ href, fetcher }: { href: string; fetcher: typeof fetch | undefined }) {
  const [address, setAddress] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    let current = true;
    void fetchHttpsAddress(href, fetcher).then((found) => {
      if (current) setAddress(found);
    });
    return () => {
      current = false;
    };
  }, [href, fetcher]);
  // One live region whose words change, so a screen reader hears the address when it comes.
  return (
    <p role="status">
      {address === undefined && tInsecure('lookingUp')}
      {address === null && tInsecure('askManager')}
      {typeof address === 'string' && (
        <>
          {tInsecure('openAt')}{' '}
          <a className="https-address" href={address}>
            {address}
          </a>
        </>
      )}
    </p>
  );
}
