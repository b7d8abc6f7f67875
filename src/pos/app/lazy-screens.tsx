import { Component, lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { t } from '../i18n/i18n.ts';
import { whenIdle } from './when-idle.ts';

/**
 * Screens a register opens now and then, each a chunk of its own loaded when first shown (the
 * service worker precaches every chunk, so they open offline too). Activation, the customer list
 * and a customer's details stay in the main bundle: they are a first screen (a lazy first screen
 * costs a first load one more round trip before it shows).
 */
/** A screen exported as `name` by the module `load` imports, as a chunk loaded when first shown. */
function lazyScreen<K extends string, P extends object>(
  load: () => Promise<Record<K, ComponentType<P>>>,
  name: K,
) {
  return lazy(() => load().then((module) => ({ default: module[name] })));
}

export const SyncCenterPage = lazyScreen(
  () => import('../features/sync-center/sync-center-page.tsx'),
  'SyncCenterPage',
);
export const EditCustomerPage = lazyScreen(
  () => import('../features/customers/edit-customer-page.tsx'),
  'EditCustomerPage',
);
export const AddAddressPage = lazyScreen(
  () => import('../features/customers/add-address-page.tsx'),
  'AddAddressPage',
);
export const FixCustomerPage = lazyScreen(
  () => import('../features/customers/fix-customer-page.tsx'),
  'FixCustomerPage',
);

const loadNewCustomer = () => import('../features/customers/new-customer-page.tsx');
let newCustomerModule: Awaited<ReturnType<typeof loadNewCustomer>> | null = null;
const LazyNewCustomerPage = lazyScreen(loadNewCustomer, 'NewCustomerPage');

/**
 * New customer (form, address fields, duplicate warning, and with them the contract's zod): a
 * chunk of its own, fetched ahead by `prefetchNewCustomerPage` so it opens with no wait.
 */
export function NewCustomerPage() {
  const Prefetched = newCustomerModule?.NewCustomerPage;
  return Prefetched ? <Prefetched /> : <LazyNewCustomerPage />;
}

/** Fetches New customer's chunk when the browser is next idle (call it after the first screen). */
export function prefetchNewCustomerPage(): void {
  const prefetch = () =>
    void loadNewCustomer()
      .then((module) => {
        newCustomerModule = module;
      })
      // Not fetched now: New customer loads it when opened, and says so if it cannot.
      .catch(() => undefined);
  whenIdle(prefetch);
}

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
