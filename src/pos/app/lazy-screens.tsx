import { Component, lazy, Suspense, type ReactNode } from 'react';
import { t } from '../i18n/i18n.ts';

/**
 * Screens a register opens now and then, each a chunk of its own loaded when first shown (the
 * service worker precaches every chunk, so they open offline too). The customer list, a
 * customer's details and New customer stay in the main bundle.
 */
export const ActivationPage = lazy(() =>
  import('../features/activation/activation-page.tsx').then((m) => ({ default: m.ActivationPage })),
);
export const SyncCenterPage = lazy(() =>
  import('../features/sync-center/sync-center-page.tsx').then((m) => ({
    default: m.SyncCenterPage,
  })),
);
export const EditCustomerPage = lazy(() =>
  import('../features/customers/edit-customer-page.tsx').then((m) => ({
    default: m.EditCustomerPage,
  })),
);
export const AddAddressPage = lazy(() =>
  import('../features/customers/add-address-page.tsx').then((m) => ({
    default: m.AddAddressPage,
  })),
);
export const FixCustomerPage = lazy(() =>
  import('../features/customers/fix-customer-page.tsx').then((m) => ({
    default: m.FixCustomerPage,
  })),
);

/**
 * A screen's boundary: "Loading…" (not a blank page) while its chunk loads, and a way out instead
 * of a blank register when it cannot be loaded or fails. Give it a `key` per page, so leaving
 * the page clears the failure.
 */
export function ScreenSuspense({ children }: { children: ReactNode }) {
  return (
    <ScreenFailure>
      <Suspense
        fallback={
          <p className="loading" role="status">
            {t('app.loading')}
          </p>
        }
      >
        {children}
      </Suspense>
    </ScreenFailure>
  );
}

class ScreenFailure extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <section role="alert">
        <h1>{t('app.screenFailed')}</h1>
        <button type="button" onClick={() => window.location.reload()}>
          {t('app.reload')}
        </button>
      </section>
    );
  }
}
