import type { Customer } from '../../contract/customer.ts';
import { matchExisting } from './customer-mapping.ts';
import { transition } from './outbox-state.ts';
import type { LocalCustomer, PosDatabase } from './schema.ts';
import { queryTokens } from './search-tokens.ts';

/** One customer by local ID. */
export const getCustomer = (db: PosDatabase, localId: number): Promise<LocalCustomer | undefined> =>
  db.customers.get(localId);

/**
 * Local search (B12): the first query word through the multi-entry token index by prefix, the
 * others checked on the hits. An empty query lists the newest customers.
 */
export async function searchCustomers(
  db: PosDatabase,
  query: string,
  limit = 50,
): Promise<LocalCustomer[]> {
  const [first, ...rest] = queryTokens(query);
  if (first === undefined) return db.customers.orderBy('localId').reverse().limit(limit).toArray();
  return db.customers
    .where('searchTokens')
    .startsWith(first)
    .distinct()
    .filter((c) => rest.every((word) => c.searchTokens.some((token) => token.startsWith(word))))
    .limit(limit)
    .toArray();
}

/**
 * Stores customers HQ sent (from the feed or a real-time answer) in one transaction: each
 * replaces the local record with the same account number or temporary GUID, and the outbox
 * entries of converted GUIDs become synced.
 */
export async function saveHqCustomers(
  db: PosDatabase,
  customers: readonly Customer[],
): Promise<number[]> {
  if (customers.length === 0) return [];
  return db.transaction('rw', db.customers, db.outbox, async () => {
    const accounts = customers.map((c) => c.accountNumber);
    const guids = customers.flatMap((c) => (c.asyncGuid ? [c.asyncGuid] : []));
    const [byAccount, byGuid] = await Promise.all([
      db.customers.where('accountNumber').anyOf(accounts).toArray(),
      guids.length ? db.customers.where('asyncGuid').anyOf(guids).toArray() : [],
    ]);
    const locals = matchExisting(
      customers,
      new Map(byAccount.map((c) => [c.accountNumber ?? '', c])),
      new Map(byGuid.map((c) => [c.asyncGuid ?? '', c])),
    );
    const localIds = await db.customers.bulkPut(locals, { allKeys: true });
    if (guids.length) {
      const entries = await db.outbox.where('recordId').anyOf(guids).toArray();
      const now = Date.now();
      await db.outbox.bulkPut(
        entries.map((e) => ({ ...transition(e, { type: 'synced' }), updatedAt: now })),
      );
    }
    return localIds;
  });
}

/** How many customers the register holds. */
export const countCustomers = (db: PosDatabase): Promise<number> => db.customers.count();
