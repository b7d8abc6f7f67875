import type { Workbox } from 'workbox-window';
import { openPosDatabase } from '../db/schema.ts';
import type { PosServices } from '../services/pos-services.tsx';
import { hasBackgroundSync, outboxSyncTag } from '../sync/background-sync.ts';
import { createConnectivity } from '../sync/connectivity.ts';
import { createObservable } from '../sync/observable.ts';
import { deferLayer, deferredApi, deferredEngine } from './deferred-sync.ts';

/**
 * How often the page checks the heartbeat, uploads and downloads while records wait to upload
 * (issue 12: an idle register with a live event stream does not poll at all).
 */
const syncIntervalMs = 5000;

/**
 * Builds the register's services once, and registers the service worker. The screens read
 * Dexie at once; the sync layer (API client, sync loop, event stream: the contract's zod) is a
 * chunk of its own, loaded when the sync loop starts, right after the first screen (issue 13).
 */
export function createServices(): PosServices {
  const db = openPosDatabase();
  const layer = deferLayer(() =>
    import('./sync-layer.ts').then(({ createSyncLayer }) =>
      createSyncLayer({ db, connectivity, intervalMs: syncIntervalMs }),
    ),
  );
  const connectivity = createConnectivity(async () => (await layer.load()).heartbeat());
  const api = deferredApi(layer);
  const engine = deferredEngine(layer);
  const updateAvailable = createObservable(false);
  const workbox = registerServiceWorker(() => updateAvailable.set(true)).catch(() => null);
  const backgroundSync = hasBackgroundSync();

  return {
    db,
    api,
    connectivity,
    engine,
    updateAvailable,
    backgroundSync,
    requestUpload() {
      void engine.syncNow();
      if (backgroundSync) void registerBackgroundSync();
    },
    applyUpdate() {
      void workbox.then((registered) => {
        if (!registered) return window.location.reload();
        registered.addEventListener('controlling', () => window.location.reload());
        registered.messageSkipWaiting();
      });
    },
  };
}

/** Registers the service worker; workbox-window is a chunk of its own, loaded after the first screen. */
async function registerServiceWorker(onUpdateWaiting: () => void): Promise<Workbox | null> {
  // main.tsx starts the register only where service workers exist; checked again all the same.
  if (!navigator.serviceWorker || import.meta.env.DEV) return null;
  const { Workbox } = await import('workbox-window');
  const workbox = new Workbox('/sw.js', { scope: '/' });
  workbox.addEventListener('waiting', onUpdateWaiting);
  void workbox.register();
  return workbox;
}

/** Asks the service worker to upload the outbox even if this tab closes (B5). */
async function registerBackgroundSync(): Promise<void> {
  if (!navigator.serviceWorker) return;
  const registration = (await navigator.serviceWorker.ready) as ServiceWorkerRegistration & {
    sync?: { register: (tag: string) => Promise<void> };
  };
  await registration.sync?.register(outboxSyncTag).catch(() => undefined);
}
