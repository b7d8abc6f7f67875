import { useLiveQuery } from 'dexie-react-hooks';
import { getPersistentStorage, getSyncTimes, type SyncTimes } from '../../db/stored-meta.ts';
import { outboxSummary, type OutboxSummary } from '../../db/outbox-repo.ts';
import { useServices } from '../../services/pos-services.tsx';

/** The upload queue's counts and the last sync times, live. */
export function useOutboxSummary():
  (OutboxSummary & SyncTimes & { persistentStorage: boolean | null }) | undefined {
  const { db } = useServices();
  return useLiveQuery(
    async () => ({
      ...(await outboxSummary(db)),
      ...(await getSyncTimes(db)),
      persistentStorage: await getPersistentStorage(db),
    }),
    [db],
  );
}
