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
  return useLiveQuery(async () => {
    // Both read at once: a new customer's screen waits for one round trip, not two.
    const [customer, entries] = await Promise.all([
      getCustomer(db, localId),
      outboxEntriesFor(db, localId),
    ]);
    return { customer: customer ?? null, entries };
  }, [db, localId]);
}
