import type { LocalCustomer, PosDatabase } from './schema.ts';

/*
 * Reads of the multi-entry token index by prefix, in the index's order (token, then local ID),
 * each customer once where first met: what a cursor over `where('searchTokens')
 * .startsWith(prefix).distinct()` yields, read in bulk (`getAll` / `getAllKeys` with a count)
 * instead of row by row.
 */

/** The index entries whose token starts with `prefix`. */
const tokenRange = (db: PosDatabase, prefix: string) =>
  db.customers.where('searchTokens').startsWith(prefix);

/** Customers the candidates of a filtered read are fetched by, per `bulkGet`. */
const fetchedPerRead = 100;

/** The items with a key not met before, in order. */
function firstOfEach<T>(items: readonly T[], keyOf: (item: T) => number | undefined): T[] {
  const seen = new Set<number | undefined>();
  return items.filter((item) => {
    const key = keyOf(item);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The first `limit` customers with a token starting with `prefix`. One `getAll` of `limit`
 * index entries when they are `limit` customers (a customer's tokens can share a prefix: then
 * the read is repeated with twice the entries, each read a whole answer).
 */
export async function customersByPrefix(
  db: PosDatabase,
  prefix: string,
  limit: number,
): Promise<LocalCustomer[]> {
  for (let entries = limit; ; entries *= 2) {
    const rows = await tokenRange(db, prefix).limit(entries).toArray();
    const found = firstOfEach(rows, (c) => c.localId);
    if (found.length >= limit || rows.length < entries) return found.slice(0, limit);
  }
}

/**
 * The first `limit` customers with a token starting with `prefix` that `keep` accepts: the
 * local IDs of the index entries (growing reads of `getAllKeys`), the customers fetched a
 * hundred at a time and checked, until `limit` are kept or the prefix's entries run out. One
 * read-only transaction, so every read sees the same data.
 */
export function filteredByPrefix(
  db: PosDatabase,
  prefix: string,
  keep: (customer: LocalCustomer) => boolean,
  limit: number,
): Promise<LocalCustomer[]> {
  return db.transaction('r', db.customers, async () => {
    const kept: LocalCustomer[] = [];
    let checked = 0;
    for (let entries = limit * 2; kept.length < limit; entries *= 4) {
      const keys = await tokenRange(db, prefix).limit(entries).primaryKeys();
      // A longer read starts with the shorter one's entries: only the new customers are fetched.
      const candidates = firstOfEach(keys, (key) => key);
      while (checked < candidates.length && kept.length < limit) {
        const next = candidates.slice(checked, checked + fetchedPerRead);
        checked += next.length;
        for (const customer of await db.customers.bulkGet(next)) {
          if (customer && keep(customer) && kept.length < limit) kept.push(customer);
        }
      }
      if (keys.length < entries) break;
    }
    return kept;
  });
}
