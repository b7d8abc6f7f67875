import { useSyncExternalStore, type MouseEvent, type ReactNode } from 'react';

const navigationEvent = 'pos-navigate';

function subscribe(listener: () => void): () => void {
  window.addEventListener('popstate', listener);
  window.addEventListener(navigationEvent, listener);
  return () => {
    window.removeEventListener('popstate', listener);
    window.removeEventListener(navigationEvent, listener);
  };
}

/** The current path; re-renders on navigation. */
export function usePath(): string {
  return useSyncExternalStore(
    subscribe,
    () => window.location.pathname,
    () => '/',
  );
}

/** Goes to a client route without reloading. */
export function navigate(path: string, options: { replace?: boolean } = {}): void {
  if (options.replace) window.history.replaceState(null, '', path);
  else window.history.pushState(null, '', path);
  window.dispatchEvent(new Event(navigationEvent));
  window.scrollTo(0, 0);
}

/** An <a> that navigates client-side (and still opens in a new tab with a modifier key). */
export function Link({
  to,
  className,
  children,
}: {
  to: string;
  className?: string;
  children: ReactNode;
}) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
      return;
    event.preventDefault();
    navigate(to);
  };
  return (
    <a href={to} className={className} onClick={onClick}>
      {children}
    </a>
  );
}

/** The register's client routes. */
export const routes = {
  customers: '/',
  newCustomer: '/customers/new',
  customer: (localId: number) => `/customers/${localId}`,
  editCustomer: (localId: number) => `/customers/${localId}/edit`,
  addAddress: (localId: number) => `/customers/${localId}/addresses/new`,
  fixCustomer: (localId: number) => `/customers/${localId}/fix`,
  syncCenter: '/sync',
} as const;

export type Route =
  | { name: 'customers' }
  | { name: 'new-customer' }
  | { name: 'customer'; localId: number }
  | { name: 'edit-customer'; localId: number }
  | { name: 'add-address'; localId: number }
  | { name: 'fix-customer'; localId: number }
  | { name: 'sync-center' }
  | { name: 'not-found' };

/** Parses a path into a route. */
export function matchRoute(path: string): Route {
  if (path === '/' || path === '') return { name: 'customers' };
  if (path === routes.newCustomer) return { name: 'new-customer' };
  if (path === routes.syncCenter) return { name: 'sync-center' };
  const match = /^\/customers\/(\d+)(\/edit|\/addresses\/new|\/fix)?\/?$/.exec(path);
  if (match?.[1]) {
    const localId = Number(match[1]);
    if (match[2] === '/edit') return { name: 'edit-customer', localId };
    if (match[2] === '/addresses/new') return { name: 'add-address', localId };
    if (match[2] === '/fix') return { name: 'fix-customer', localId };
    return { name: 'customer', localId };
  }
  return { name: 'not-found' };
}
