import { useLiveQuery } from 'dexie-react-hooks';
import { openEntriesWithNames, type NamedEntry } from '../../db/outbox-repo.ts';
import { useServices } from '../../services/pos-services.tsx';

/** Every record not yet applied at HQ, with its customer's name, live, oldest first. */
export function useOpenEntries(): NamedEntry[] | undefined {
  const { db } = useServices();
  return useLiveQuery(() => openEntriesWithNames(db), [db]);
}
