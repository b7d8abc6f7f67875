import { useEffect, useRef } from 'react';
import { CustomersSection } from '../features/customers/customers-section.tsx';
import { JobsSection } from '../features/jobs/jobs-section.tsx';
import { StoresSection } from '../features/stores/stores-section.tsx';
import { SyncStatusSection } from '../features/sync-status/sync-status-section.tsx';
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
    case 'sync-status':
      return <SyncStatusSection />;
    case 'customers':
      return <CustomersSection />;
  }
}

/** The console's shell: header, section navigation, the scheduling warning and the current section. */
export function App() {
  const current = useHashSection();
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
        <SectionNav current={current} />
      </header>
      <main className="app-main" ref={mainRef} tabIndex={-1}>
        <UnscheduledBanner linkToJobs={current !== 'jobs'} />
        <SectionContent id={current} />
      </main>
    </>
  );
}
