import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { Loading } from '../components/loading.tsx';
import { QueryError } from '../components/query-error.tsx';
import { AffiliationsSection } from '../features/affiliations/affiliations-section.tsx';
import { CustomersSection } from '../features/customers/customers-section.tsx';
import { JobsSection } from '../features/jobs/jobs-section.tsx';
import { RegistersSection } from '../features/registers/registers-section.tsx';
import { SignInScreen } from '../features/session/sign-in-screen.tsx';
import { SignOutButton } from '../features/session/sign-out-button.tsx';
import { FeatureManagementSection } from '../features/settings/feature-management-section.tsx';
import { StoresSection } from '../features/stores/stores-section.tsx';
import { SyncStatusSection } from '../features/sync-status/sync-status-section.tsx';
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
    case 'features':
      return <FeatureManagementSection />;
    case 'sync-status':
      return <SyncStatusSection />;
    case 'customers':
      return <CustomersSection />;
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
 */
export function App() {
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
  }, [current]);

  return (
    <>
      <header className="app-header">
        <h1>Headquarters</h1>
        {signedIn && (
          <>
            <SectionNav current={current} />
            <SignOutButton />
          </>
        )}
      </header>
      <main className="app-main" ref={mainRef} tabIndex={-1}>
        {session.isPending && <Loading what="the console" />}
        {session.isError && (
          <QueryError
            what="the console"
            error={session.error}
            onRetry={() => void session.refetch()}
          />
        )}
        {session.data && (signedIn ? <Console current={current} /> : <SignInScreen />)}
      </main>
    </>
  );
}
