import { useLiveQuery } from 'dexie-react-hooks';
import { getCustomer } from '../../db/customers-repo.ts';
import { outboxEntryFor } from '../../db/outbox-repo.ts';
import type { LocalCustomer, OutboxEntry } from '../../db/schema.ts';
import { useServices } from '../../services/pos-services.tsx';

/** A local customer and its outbox entry, live: the account number appears without reload (B7). */
export function useCustomer(
  localId: number,
): { customer: LocalCustomer | null; outbox: OutboxEntry | null } | undefined {
  const { db } = useServices();
  return useLiveQuery(
    async () => ({
      customer: (await getCustomer(db, localId)) ?? null,
      outbox: (await outboxEntryFor(db, localId)) ?? null,
    }),
    [db, localId],
  );
}
