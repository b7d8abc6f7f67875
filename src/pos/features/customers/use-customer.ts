import { useLiveQuery } from 'dexie-react-hooks';
import { getCustomer } from '../../db/customers-repo.ts';
import { outboxEntriesFor } from '../../db/outbox-repo.ts';
import type { LocalCustomer, OutboxEntry } from '../../db/schema.ts';
import { useServices } from '../../services/pos-services.tsx';

/**
 * A local customer and its queued records (creation, edits, addresses), live: the account
 * number appears without reload (B7).
 */
export function useCustomer(
  localId: number,
): { customer: LocalCustomer | null; entries: OutboxEntry[] } | undefined {
  const { db } = useServices();
  return useLiveQuery(
    async () => ({
      customer: (await getCustomer(db, localId)) ?? null,
      entries: await outboxEntriesFor(db, localId),
    }),
    [db, localId],
  );
}
