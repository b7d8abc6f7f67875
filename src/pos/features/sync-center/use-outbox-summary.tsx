import { useLiveQuery } from 'dexie-react-hooks';
import { createContext, useContext, type ReactNode } from 'react';
import { getPersistentStorage, getSyncTimes, type SyncTimes } from '../../db/stored-meta.ts';
import { outboxSummary, type OutboxSummary } from '../../db/outbox-repo.ts';
import { useServices } from '../../services/pos-services.tsx';

/** The upload queue's counts, the last sync times and whether storage is persistent. */
export type QueueSummary = OutboxSummary & SyncTimes & { persistentStorage: boolean | null };

const QueueSummaryContext = createContext<QueueSummary | null>(null);

/**
 * Reads the queue's summary once, live, for every screen under it (the header's status, the
 * keep-open notice, the sync center), and shows `loading` until the first read: the header
 * then paints with its final contents, and nothing below it moves when the summary arrives.
 */
export function OutboxSummaryProvider({
  loading,
  children,
}: {
  loading: ReactNode;
  children: ReactNode;
}) {
  const { db } = useServices();
  const summary = useLiveQuery(
    // One read-only transaction with every read in flight at once: read again on each change of
    // the queue (a Save), so it holds up the next screen's reads as little as it can.
    () =>
      db.transaction('r', db.outbox, db.meta, async () => {
        const [queue, times, persistentStorage] = await Promise.all([
          outboxSummary(db),
          getSyncTimes(db),
          getPersistentStorage(db),
        ]);
        return { ...queue, ...times, persistentStorage };
      }),
    [db],
  );
  if (summary === undefined) return loading;
  return <QueueSummaryContext.Provider value={summary}>{children}</QueueSummaryContext.Provider>;
}

/** The upload queue's summary, live (under `OutboxSummaryProvider`). */
export function useOutboxSummary(): QueueSummary {
  const summary = useContext(QueueSummaryContext);
  if (summary === null) throw new Error('useOutboxSummary is used outside OutboxSummaryProvider.');
  return summary;
}
