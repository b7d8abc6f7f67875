/** The Background Sync tag the page registers and the service worker answers (B5). */
export const outboxSyncTag = 'pos-outbox';

/** The parts of the global scope that tell whether Background Sync exists (a stand-in in tests). */
export interface BackgroundSyncScope {
  SyncManager?: unknown;
  ServiceWorkerRegistration?: { prototype: object };
}

/**
 * Whether this browser has Background Sync, so the service worker uploads even with the
 * register closed. iPadOS Safari has none: there records upload only while the register is
 * open (the page's sync loop), and the register says so while records wait.
 */
export function hasBackgroundSync(scope: BackgroundSyncScope = globalThis): boolean {
  return (
    scope.SyncManager !== undefined &&
    scope.ServiceWorkerRegistration !== undefined &&
    'sync' in scope.ServiceWorkerRegistration.prototype
  );
}
