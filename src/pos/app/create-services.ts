import type { Workbox } from 'workbox-window';
import { getActivation } from '../db/meta-repo.ts';
import { openPosDatabase } from '../db/schema.ts';
import type { PosServices } from '../services/pos-services.tsx';
import { createApiClient } from '../sync/api-client.ts';
import { hasBackgroundSync, outboxSyncTag } from '../sync/background-sync.ts';
import { classifyFailure } from '../sync/classify.ts';
import { createConnectivity } from '../sync/connectivity.ts';
import { createObservable } from '../sync/observable.ts';
import { createQueueReporter } from '../sync/queue-report.ts';
import { createLiveUpdates } from '../sync/register-events.ts';
import { createSyncEngine } from '../sync/sync-engine.ts';

/**
 * How often the page checks the heartbeat, uploads and downloads while records wait to upload
 * (issue 12: an idle register with a live event stream does not poll at all).
 */
const syncIntervalMs = 5000;

/** Builds the register's services once, and registers the service worker. */
export function createServices(): PosServices {
  const db = openPosDatabase();
  const getToken = async () => (await getActivation(db))?.deviceToken ?? null;
  const api = createApiClient({ getToken });
  const reporter = createQueueReporter({ db, api, online: () => connectivity.get().online });
  // A register whose token was revoked still reaches the server: it is online, and the sync
  // loop then reports that it must be activated again.
  const connectivity = createConnectivity(async () => {
    // Issue 13: before activation the heartbeat could only be answered 401: not sent.
    if (!(await getToken())) return true;
    const result = await reporter.send();
    return result.ok || classifyFailure(result.failure) === 'unauthorized';
  });
  const engine = createSyncEngine({
    db,
    api,
    connectivity,
    intervalMs: syncIntervalMs,
    liveUpdates: createLiveUpdates({ getToken }),
    reporter,
    hasToken: async () => (await getToken()) !== null, // issue 13: no calls before activation
  });
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
