import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
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
import { ScaleUnitsSection } from '../features/scale-units/scale-units-section.tsx';
import { ChangePasswordScreen } from '../features/session/change-password-screen.tsx';
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
    case 'scale-units':
      return <ScaleUnitsSection />;
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
function Console({ current, notice }: { current: SectionId; notice: string | null }) {
  return (
    <>
      <p className="console-notice" role="status">
        {notice}
      </p>
      <UnscheduledBanner linkToJobs={current !== 'jobs'} />
      <SectionContent id={current} />
    </>
  );
}

/** The signed-in administrator's screen: a new password first when the default is in use. */
function SignedIn({
  current,
  mustChangePassword,
  changingPassword,
  onPasswordClosed,
}: {
  current: SectionId;
  mustChangePassword: boolean;
  changingPassword: boolean;
  onPasswordClosed: (changed: boolean) => void;
}) {
  const [notice, setNotice] = useState<string | null>(null);
  if (mustChangePassword) return <ChangePasswordScreen required />;
  if (changingPassword) {
    return (
      <ChangePasswordScreen
        required={false}
        onClose={(changed) => {
          setNotice(changed ? t('session.passwordChanged') : null);
          onPasswordClosed(changed);
        }}
      />
    );
  }
  return <Console current={current} notice={notice} />;
}

/**
 * The console's shell: header, section navigation and the current section, once the
 * administrator is signed in; the sign-in screen before that and whenever HQ answers 401; the
 * new-password screen while the default password must be replaced, or when asked from the
 * header (Change password).
 * It re-renders in a newly chosen language without losing what a form holds.
 */
export function App() {
  useLanguage(hqI18n);
  const current = useHashSection();
  const session = useQuery(sessionQuery);
  const signedIn = session.data?.signedIn === true;
  const mustChangePassword = session.data?.mustChangePassword === true;
  const [changingPassword, setChangingPassword] = useState(false);
  const showConsole = signedIn && !mustChangePassword;
  const mainRef = useRef<HTMLElement>(null);
  const first = useRef(true);

  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    mainRef.current?.focus();
  }, [current, signedIn, changingPassword]);

  return (
    <>
      <header className="app-header">
        <h1>{t('app.heading')}</h1>
        {showConsole && <SectionNav current={current} />}
        <LanguageSelect app={hqI18n} label={t('app.language')} className="language-select" />
        {showConsole && !changingPassword && (
          <button type="button" className="button-header" onClick={() => setChangingPassword(true)}>
            {t('session.changePassword')}
          </button>
        )}
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
        {session.data &&
          (signedIn ? (
            <SignedIn
              current={current}
              mustChangePassword={mustChangePassword}
              changingPassword={changingPassword}
              onPasswordClosed={() => setChangingPassword(false)}
            />
          ) : (
            <SignInScreen />
          ))}
      </main>
    </>
  );
}
