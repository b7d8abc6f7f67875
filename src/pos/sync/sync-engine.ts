import { makeAllDue } from '../db/outbox-repo.ts';
import type { PosDatabase } from '../db/schema.ts';
import type { ApiClient } from './api-client.ts';
import type { Connectivity } from './connectivity.ts';
import { downloadChanges } from './download.ts';
import { createObservable, type Observable } from './observable.ts';
import { drainOutbox } from './upload.ts';

/** What the register's sync is doing, for the status bar and the sync center. */
export interface SyncActivity {
  phase: 'idle' | 'uploading' | 'downloading';
  /** Records handled / customers received in the current phase. */
  progress: number;
  /** How many records the upload has to handle; null while downloading (the total is unknown). */
  total: number | null;
  /** The last problem, in words, until a sync succeeds. */
  lastError: string | null;
  /** HQ refused the device token: the register must be activated again. */
  unauthorized: boolean;
}

export interface SyncEngine {
  activity: Observable<SyncActivity>;
  /**
   * Heartbeat, then upload, then download; concurrent calls share one run. `retryNow` (the
   * cashier's Sync now) also makes records waiting out a backoff due at once.
   */
  syncNow: (options?: { retryNow?: boolean }) => Promise<void>;
  /** Syncs now and then every `intervalMs`, and when the browser comes online; returns stop. */
  start: () => () => void;
}

const idle: SyncActivity = {
  phase: 'idle',
  progress: 0,
  total: null,
  lastError: null,
  unauthorized: false,
};

/**
 * The page's sync loop (B5, B7). The service worker's Background Sync uploads too, even with
 * the tab closed; both take the same Web Locks, so a record is never sent twice at once.
 */
export function createSyncEngine(deps: {
  db: PosDatabase;
  api: ApiClient;
  connectivity: Connectivity;
  intervalMs: number;
}): SyncEngine {
  const activity = createObservable<SyncActivity>(idle);
  let running: Promise<void> | null = null;

  async function run(): Promise<void> {
    if (!(await deps.connectivity.check())) return;
    activity.set({ ...activity.get(), phase: 'uploading', progress: 0, total: null });
    const upload = await drainOutbox({
      db: deps.db,
      api: deps.api,
      onProgress: (progress, total) => activity.set({ ...activity.get(), progress, total }),
    });
    if (upload.retryLater > 0 && upload.error) {
      activity.set({
        ...activity.get(),
        phase: 'idle',
        lastError: upload.error,
        unauthorized: upload.unauthorized,
      });
      return;
    }
    activity.set({ ...activity.get(), phase: 'downloading', progress: 0, total: null });
    const download = await downloadChanges({
      db: deps.db,
      api: deps.api,
      onProgress: (progress) => activity.set({ ...activity.get(), progress }),
    });
    activity.set(
      download.ok
        ? idle
        : {
            ...idle,
            lastError: download.failure.message,
            unauthorized: download.failure.kind === 'http' && download.failure.status === 401,
          },
    );
  }

  function syncNow(options: { retryNow?: boolean } = {}): Promise<void> {
    running ??= (options.retryNow ? makeAllDue(deps.db, Date.now()) : Promise.resolve())
      .then(run)
      .catch((error: unknown) => {
        activity.set({
          ...idle,
          lastError: error instanceof Error ? error.message : String(error),
        });
      })
      .finally(() => {
        running = null;
      });
    return running;
  }

  return {
    activity,
    syncNow,
    start() {
      const stopConnectivity = deps.connectivity.start();
      let wasOnline = deps.connectivity.get().online;
      const unsubscribe = deps.connectivity.subscribe(() => {
        const online = deps.connectivity.get().online;
        if (online && !wasOnline) void syncNow();
        wasOnline = online;
      });
      const timer = setInterval(() => void syncNow(), deps.intervalMs);
      void syncNow();
      return () => {
        clearInterval(timer);
        unsubscribe();
        stopConnectivity();
      };
    },
  };
}
