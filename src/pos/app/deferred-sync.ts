import type { ApiClient } from '../sync/api-client.ts';
import { idleActivity } from '../sync/idle-activity.ts';
import { createObservable, type Observable } from '../sync/observable.ts';
import type { SyncEngine } from '../sync/sync-engine.ts';
import type { SyncLayer } from './sync-layer.ts';

/**
 * Issue 13: the sync layer (sync-layer.ts, with zod) as a chunk loaded after the first screen.
 * `load` starts loading it (once) and gives it; `loaded` waits for it without starting.
 */
export interface DeferredLayer {
  load: () => Promise<SyncLayer>;
  loaded: Promise<SyncLayer>;
}

/** Loads the sync layer when first asked, with `create` (a dynamic import), once. */
export function deferLayer(create: () => Promise<SyncLayer>): DeferredLayer {
  let start: (() => void) | null = null;
  const loaded = new Promise<SyncLayer>((resolve) => {
    start = () => resolve(create());
  });
  return {
    loaded,
    load() {
      start?.();
      start = null;
      return loaded;
    },
  };
}

/** Reads `initial` until the loaded observable arrives, then follows it. */
function follow<T>(source: Promise<Observable<T>>, initial: T): Observable<T> {
  const value = createObservable(initial);
  void source.then((loaded) => {
    value.set(loaded.get());
    loaded.subscribe(() => value.set(loaded.get()));
  });
  return { get: value.get, subscribe: value.subscribe };
}

/** The sync loop for the screens at once: idle until the layer loads, each call loads it. */
export function deferredEngine({ load, loaded }: DeferredLayer): SyncEngine {
  return {
    activity: follow(
      loaded.then((layer) => layer.engine.activity),
      idleActivity,
    ),
    live: follow(
      loaded.then((layer) => layer.engine.live),
      'connecting',
    ),
    syncNow: async (options) => (await load()).engine.syncNow(options),
    download: async (topics) => (await load()).engine.download(topics),
    start() {
      let stop: (() => void) | null = null;
      let stopped = false;
      void load().then((layer) => {
        if (!stopped) stop = layer.engine.start();
      });
      return () => {
        stopped = true;
        stop?.();
      };
    },
  };
}

/** The API client for the screens at once: each call loads the layer, then makes the call. */
export function deferredApi({ load }: DeferredLayer): ApiClient {
  const api = async () => (await load()).api;
  return {
    activate: async (request) => (await api()).activate(request),
    config: async () => (await api()).config(),
    heartbeat: async (queue, timeoutMs) => (await api()).heartbeat(queue, timeoutMs),
    upload: async (request) => (await api()).upload(request),
    feed: async (since, limit) => (await api()).feed(since, limit),
    createCustomer: async (request) => (await api()).createCustomer(request),
    editCustomer: async (account, request) => (await api()).editCustomer(account, request),
    addAddress: async (account, request) => (await api()).addAddress(account, request),
    issueLoyaltyCard: async (account) => (await api()).issueLoyaltyCard(account),
    searchAllStores: async (q) => (await api()).searchAllStores(q),
  };
}
