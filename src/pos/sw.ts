/// <reference lib="webworker" />
import { clientsClaim } from 'workbox-core';
import {
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  precacheAndRoute,
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import type { PrecacheEntry } from 'workbox-precaching';
import { getActivation } from './db/meta-repo.ts';
import { openPosDatabase } from './db/schema.ts';
import { createApiClient } from './sync/api-client.ts';
import { outboxSyncTag } from './sync/background-sync.ts';
import { downloadChanges } from './sync/download.ts';
import { drainOutbox } from './sync/upload.ts';
import { englishText } from '../contract/messages.ts';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (string | PrecacheEntry)[] };

// Control the page from its first visit; a later version waits for the cashier (UpdatePrompt).
clientsClaim();
precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();
// Any navigation (client routes, query strings) gets the app shell, online or offline; not the
// console's nor the public tablet page's (a tablet with the register installed opens /tablet/).
registerRoute(
  new NavigationRoute(createHandlerBoundToURL('index.html'), {
    denylist: [/^\/api\//, /^\/hq(\/|$)/, /^\/tablet(\/|$)/],
  }),
);

const db = openPosDatabase();
const api = createApiClient({
  getToken: async () => (await getActivation(db))?.deviceToken ?? null,
});

/** Uploads the outbox, then downloads; throws while records wait, so the browser retries. */
async function syncFromWorker(): Promise<void> {
  const report = await drainOutbox({ db, api });
  if (report.retryLater > 0) {
    const reason = report.error ? englishText(report.error) : 'will retry';
    throw new Error(`Upload incomplete: ${reason}`);
  }
  await downloadChanges({ db, api });
}

self.addEventListener('sync', (event) => {
  if (event.tag === outboxSyncTag) event.waitUntil(syncFromWorker());
});

self.addEventListener('message', (event: ExtendableMessageEvent) => {
  if ((event.data as { type?: unknown } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});
