import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { LanguageSelect } from '../../i18n-core/language-select.tsx';
import { useLanguage } from '../../i18n-core/use-language.ts';
import { Loading } from '../components/loading.tsx';
import { QueryError } from '../components/query-error.tsx';
import { AddTabletSection } from '../features/add-tablet/add-tablet-section.tsx';
import { AffiliationsSection } from '../features/affiliations/affiliations-section.tsx';
import { CustomersSection } from '../features/customers/customers-section.tsx';
import { DuplicatesSection } from '../features/duplicates/duplicates-section.tsx';
import { JobsSection } from '../features/jobs/jobs-section.tsx';
import { RegistersSection } from '../features/registers/registers-section.tsx';
import { SignInScreen } from '../features/session/sign-in-screen.tsx';
import { SignOutButton } from '../features/session/sign-out-button.tsx';
import { FeatureManagementSection } from '../features/settings/feature-management-section.tsx';
import { StoresSection } from '../features/stores/stores-section.tsx';
import { SyncStatusSection } from '../features/sync-status/sync-status-section.tsx';
import { hqI18n, t } from '../i18n/i18n.ts';
import { sessionQuery } from '../queries.ts';
import { SectionNav } from './section-nav.tsx';
import type { SectionId } from './sections.ts';
import { UnscheduledBanner } from './unscheduled-banner.tsx';
import { useHashSection } from './use-hash-section.ts';

function SectionContent({ id }: { id: SectionId }) {
  switch (id) {
    case 'jobs':
      return <JobsSection />;
    case 'stores':
      return <StoresSection />;
    case 'registers':
      return <RegistersSection />;
    case 'add-tablet':
      return <AddTabletSection />;
    case 'features':
      return <FeatureManagementSection />;
    case 'sync-status':
      return <SyncStatusSection />;
    case 'customers':
      return <CustomersSection />;
    case 'duplicates':
      return <DuplicatesSection />;
    case 'affiliations':
      return <AffiliationsSection />;
  }
}

/** The signed-in console: the scheduling warning and the current section. */
function Console({ current }: { current: SectionId }) {
  return (
    <>
      <UnscheduledBanner linkToJobs={current !== 'jobs'} />
      <SectionContent id={current} />
    </>
  );
}

/**
 * The console's shell: header, section navigation and the current section, once the
 * administrator is signed in; the sign-in screen before that and whenever HQ answers 401.
 * It re-renders in a newly chosen language without losing what a form holds.
 */
export function App() {
  useLanguage(hqI18n);
  const current = useHashSection();
  const session = useQuery(sessionQuery);
  const signedIn = session.data?.signedIn === true;
  const mainRef = useRef<HTMLElement>(null);
  const first = useRef(true);

  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    mainRef.current?.focus();
  }, [current, signedIn]);

  return (
    <>
      <header className="app-header">
        <h1>{t('app.heading')}</h1>
        {signedIn && <SectionNav current={current} />}
        <LanguageSelect app={hqI18n} label={t('app.language')} className="language-select" />
        {signedIn && <SignOutButton />}
      </header>
      <main className="app-main" ref={mainRef} tabIndex={-1}>
        {session.isPending && <Loading what={t('things.console')} />}
        {session.isError && (
          <QueryError
            what={t('things.console')}
            error={session.error}
            onRetry={() => void session.refetch()}
          />
        )}
        {session.data && (signedIn ? <Console current={current} /> : <SignInScreen />)}
      </main>
    </>
  );
}
