import { streamDownPollMs, type RegisterTopic } from '../../contract/register-events.ts';
import { pruneSyncedEntries } from '../db/outbox-prune.ts';
import { makeAllDue, outboxSummary } from '../db/outbox-repo.ts';
import type { PosDatabase } from '../db/schema.ts';
import type { ApiClient } from './api-client.ts';
import type { Connectivity } from './connectivity.ts';
import { downloadChanges } from './download.ts';
import { idleActivity } from './idle-activity.ts';
import { createObservable, type Observable } from './observable.ts';
import { nextPollMs } from './poll-plan.ts';
import type { QueueReporter } from './queue-report.ts';
import type { LiveState, LiveUpdates } from './register-events.ts';
import { drainOutbox } from './upload.ts';
import { messageOf, type Message } from '../../contract/messages.ts';

/** What the register's sync is doing, for the status bar and the sync center. */
export interface SyncActivity {
  phase: 'idle' | 'uploading' | 'downloading';
  /** Records handled / customers received in the current phase. */
  progress: number;
  /** How many records the upload has to handle; null while downloading (the total is unknown). */
  total: number | null;
  /** The last problem, until a sync succeeds. */
  lastError: Message | null;
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
  /**
   * A poke's download (issue 12): one at a time, and pokes that arrive meanwhile make one more
   * download of the topics they name, after it — never more than one in flight and one queued.
   */
  download: (topics: readonly RegisterTopic[]) => Promise<void>;
  /** Whether the scale unit tells this register of changes (the sync center says when not). */
  live: Observable<LiveState>;
  /**
   * Syncs now, holds the event stream, and polls as `nextPollMs` says: not at all while the
   * stream is live and nothing waits, once a minute while it is down; also syncs when the
   * browser comes online. Returns stop.
   */
  start: () => () => void;
}

const idle = idleActivity; // issue 13: shared with the page's stand-in (app/deferred-sync.ts)

/**
 * The page's sync loop (B5, B7). The service worker's Background Sync uploads too, even with
 * the tab closed; both take the same Web Locks, so a record is never sent twice at once.
 */
export function createSyncEngine(deps: {
  db: PosDatabase;
  api: ApiClient;
  connectivity: Connectivity;
  intervalMs: number;
  /** The event stream (issue 12); without it the loop polls as if the stream were down. */
  liveUpdates?: LiveUpdates;
  /** The poll interval while the stream is down (default `streamDownPollMs`, 60 s). */
  downPollMs?: number;
  /** Sends the queue report when it changes (X3 without a timer). */
  reporter?: QueueReporter;
  /**
   * Issue 13: whether the register holds a device token. Until it does, a run calls nothing
   * (heartbeat, upload, config, feed could only be answered 401). Default: it does.
   */
  hasToken?: () => Promise<boolean>;
}): SyncEngine {
  const activity = createObservable<SyncActivity>(idle);
  const live = deps.liveUpdates?.state ?? createObservable<LiveState>('down');
  let running: Promise<void> | null = null;
  /** Records waited to upload after the last run (they keep the short poll interval). */
  let waiting = false;
  /** Set while started: plans the next poll after each run and on every state change. */
  let replan: (() => void) | null = null;

  // Issue 13: the last run found no device token; a call that shared it (activation's first
  // sync) runs again after it.
  let tokenMissing = false;

  async function run(): Promise<void> {
    tokenMissing = deps.hasToken ? !(await deps.hasToken()) : false;
    if (tokenMissing) return;
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
    await runDownload();
  }

  async function runDownload(topics?: readonly RegisterTopic[]): Promise<void> {
    activity.set({ ...activity.get(), phase: 'downloading', progress: 0, total: null });
    const download = await downloadChanges({
      db: deps.db,
      api: deps.api,
      onProgress: (progress) => activity.set({ ...activity.get(), progress }),
      ...(topics ? { topics } : {}),
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

  let downloading: Promise<void> | null = null;
  let queuedTopics = new Set<RegisterTopic>();

  function download(topics: readonly RegisterTopic[]): Promise<void> {
    topics.forEach((topic) => queuedTopics.add(topic));
    downloading ??= (async () => {
      while (queuedTopics.size > 0) {
        const next = [...queuedTopics];
        queuedTopics = new Set();
        await runDownload(next).catch((error: unknown) => {
          activity.set({ ...idle, lastError: messageOf(error) });
        });
      }
    })().finally(() => {
      downloading = null;
    });
    return downloading;
  }

  /** After a run: what waits decides the next poll; a heartbeat that got through retries the stream. */
  async function afterRun(): Promise<void> {
    // Issue 13 part 5: the database stays small (synced entries past their retention go).
    await pruneSyncedEntries(deps.db, Date.now());
    const { counts } = await outboxSummary(deps.db);
    waiting = counts.pending + counts.sending > 0;
    if (live.get() === 'down' && deps.connectivity.get().online) deps.liveUpdates?.reconnectNow();
  }

  function syncNow(options: { retryNow?: boolean } = {}): Promise<void> {
    if (options.retryNow) deps.liveUpdates?.reconnectNow();
    if (running) return running.then(() => (tokenMissing ? syncNow(options) : undefined));
    running = (options.retryNow ? makeAllDue(deps.db, Date.now()) : Promise.resolve())
      .then(run)
      .then(afterRun)
      .catch((error: unknown) => {
        activity.set({ ...idle, lastError: messageOf(error) });
      })
      .finally(() => {
        running = null;
        replan?.();
      });
    return running;
  }

  return {
    activity,
    syncNow,
    download,
    live,
    start() {
      const stopConnectivity = deps.connectivity.start();
      let wasOnline = deps.connectivity.get().online;
      let timer: ReturnType<typeof setTimeout> | undefined;
      replan = () => {
        clearTimeout(timer);
        const delay = nextPollMs(
          { live: live.get(), online: deps.connectivity.get().online, waiting },
          { intervalMs: deps.intervalMs, downPollMs: deps.downPollMs ?? streamDownPollMs },
        );
        if (delay !== null) timer = setTimeout(() => void syncNow(), delay);
      };
      const unsubscribe = deps.connectivity.subscribe(() => {
        const online = deps.connectivity.get().online;
        if (online && !wasOnline) {
          deps.liveUpdates?.reconnectNow();
          void syncNow();
        }
        wasOnline = online;
        replan?.();
      });
      const unsubscribeLive = live.subscribe(() => replan?.());
      const stopLive = deps.liveUpdates?.start({
        onConnected: () => void syncNow(),
        onPoke: (topics) => void download(topics),
        onDown: () => void syncNow(),
      });
      const stopReporter = deps.reporter?.start();
      void syncNow();
      return () => {
        replan = null;
        clearTimeout(timer);
        unsubscribe();
        unsubscribeLive();
        stopLive?.();
        stopReporter?.();
        stopConnectivity();
      };
    },
  };
}
