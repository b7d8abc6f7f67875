import { lazy, Suspense, type ReactNode } from 'react';
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

/** Shows "Loading…" (not a blank page) while a screen's chunk loads. */
export function ScreenSuspense({ children }: { children: ReactNode }) {
  return (
    <Suspense
      fallback={
        <p className="loading" role="status">
          {t('app.loading')}
        </p>
      }
    >
      {children}
    </Suspense>
  );
}
