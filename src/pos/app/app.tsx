import { useEffect } from 'react';
import { ActivationPage } from '../features/activation/activation-page.tsx';
import { AwaitingSettings } from '../features/activation/awaiting-settings.tsx';
import { CustomerDetailsPage } from '../features/customers/customer-details-page.tsx';
import { CustomerListPage } from '../features/customers/customer-list-page.tsx';
import { KeepOpenNotice } from '../features/sync-center/keep-open-notice.tsx';
import { SyncStatusBar } from '../features/sync-center/sync-status-bar.tsx';
import { OutboxSummaryProvider } from '../features/sync-center/use-outbox-summary.tsx';
import { UpdatePrompt } from '../features/update/update-prompt.tsx';
import { useLanguage } from '../../i18n-core/use-language.ts';
import { posI18n, t } from '../i18n/i18n.ts';
import { LanguageSwitch } from '../i18n/language-switch.tsx';
import { useActivation, useRegisterConfig } from '../services/pos-services.tsx';
import { Link, matchRoute, routes, usePath } from '../services/router.tsx';
import {
  AddAddressPage,
  EditCustomerPage,
  FixCustomerPage,
  NewCustomerPage,
  prefetchNewCustomerPage,
  ScreenSuspense,
  SyncCenterPage,
} from './lazy-screens.tsx';
import { PageMain } from './page-main.tsx';

/**
 * The register: activation first, then the customer screens under a status header. It
 * re-renders in a newly chosen language without losing what a form holds.
 */
export function App() {
  useLanguage(posI18n);
  const path = usePath();
  const activation = useActivation();
  const config = useRegisterConfig();
  if (activation === undefined || config === undefined) {
    return <p className="loading">{t('app.loading')}</p>;
  }
  if (activation === null || config === null) {
    return (
      <>
        <header className="app-header">
          <LanguageSwitch />
        </header>
        {activation === null ? (
          <ScreenSuspense>
            <ActivationPage />
          </ScreenSuspense>
        ) : (
          <AwaitingSettings />
        )}
      </>
    );
  }
  return (
    <OutboxSummaryProvider loading={<p className="loading">{t('app.loading')}</p>}>
      <header className="app-header">
        <Link to={routes.customers} className="brand">
          {t('app.brand', { store: config.storeName, number: config.registerNumber })}
        </Link>
        <Link to={routes.syncCenter} className="header-link">
          {t('app.syncCenter')}
        </Link>
        <span className="mode">
          {config.asyncCustomerMode ? t('app.asyncMode') : t('app.realtimeMode')}
        </span>
        <div className="header-end">
          <SyncStatusBar />
          <LanguageSwitch />
        </div>
      </header>
      <UpdatePrompt />
      <KeepOpenNotice />
      <PageMain>
        <ScreenSuspense key={path}>
          <CurrentPage />
        </ScreenSuspense>
      </PageMain>
    </OutboxSummaryProvider>
  );
}

function CurrentPage() {
  const route = matchRoute(usePath());
  // Issue 13: right after the first screen, so New customer opens with no wait.
  useEffect(prefetchNewCustomerPage, []);
  switch (route.name) {
    case 'customers':
      return <CustomerListPage />;
    case 'new-customer':
      return <NewCustomerPage />;
    case 'customer':
      return <CustomerDetailsPage localId={route.localId} />;
    case 'edit-customer':
      return <EditCustomerPage localId={route.localId} />;
    case 'add-address':
      return <AddAddressPage localId={route.localId} />;
    case 'fix-customer':
      return <FixCustomerPage localId={route.localId} />;
    case 'sync-center':
      return <SyncCenterPage />;
    case 'not-found':
      return (
        <section>
          <h1>{t('app.pageNotFound')}</h1>
          <Link to={routes.customers}>{t('app.backToCustomers')}</Link>
        </section>
      );
  }
}
