import {
  contactKeys,
  sharedContacts,
  type ContactDetails,
  type DuplicateReason,
} from '../../contract/contact-keys.ts';
import type { Customer } from '../../contract/customer.ts';
import { localFromHq, matchExisting, reconcile } from './customer-mapping.ts';
import { transition } from './outbox-state.ts';
import type { LocalCustomer, OutboxEntry, PosDatabase } from './schema.ts';
import { queryTokens } from './search-tokens.ts';
import { customersByPrefix, filteredByPrefix } from './token-prefix-reads.ts';
import { customerSearchMeasure, measured, newestCustomersMeasure } from './user-timing.ts';

/** One customer by local ID. */
export const getCustomer = (db: PosDatabase, localId: number): Promise<LocalCustomer | undefined> =>
  db.customers.get(localId);

/** One customer by account number (a merged customer's, say), or undefined when not here. */
export const getCustomerByAccount = (
  db: PosDatabase,
  accountNumber: string,
): Promise<LocalCustomer | undefined> => db.customers.get({ accountNumber });

/** A customer on the register that looks like the same person as the one being typed (X2). */
export interface ContactDuplicate {
  localId: number;
  customer: LocalCustomer;
  reasons: DuplicateReason[];
}

/**
 * The customers on the register, synced or pending, sharing a phone number or an e-mail address
 * with these contact details (X2), oldest first: candidates through the token index (phone
 * digits and lower-cased e-mails are tokens), each confirmed by the contract's `sharedContacts`.
 * Merged customers (found only by account number) and the customer being edited are left out.
 */
export async function findContactDuplicates(
  db: PosDatabase,
  contact: ContactDetails,
  excludeLocalId?: number,
): Promise<ContactDuplicate[]> {
  const { phones, emails } = contactKeys(contact);
  const keys = [...phones, ...emails];
  if (keys.length === 0) return [];
  const candidates = await db.customers.where('searchTokens').anyOf(keys).distinct().toArray();
  return candidates
    .flatMap((customer) => {
      const { localId } = customer;
      if (localId === undefined || localId === excludeLocalId || customer.mergedInto) return [];
      const reasons = sharedContacts(contact, customer);
      return reasons.length > 0 ? [{ localId, customer, reasons }] : [];
    })
    .sort((a, b) => a.localId - b.localId);
}

/**
 * Local search (B12): the first query word through the multi-entry token index by prefix, the
 * others checked on the hits. A query of several words first looks them up as a name phrase
 * (see `searchTokens`), through the index alone; only when that finds fewer than `limit` does it
 * check every customer the first word finds. Results in the index's order, each customer once;
 * read in bulk (see `token-prefix-reads.ts`). An empty query lists the newest customers. Each
 * search is a User Timing measure (`customerSearchMeasure`; the newest list, `newestCustomersMeasure`).
 */
export function searchCustomers(
  db: PosDatabase,
  query: string,
  limit = 50,
): Promise<LocalCustomer[]> {
  const words = queryTokens(query);
  const [first, ...rest] = words;
  if (first === undefined) {
    return measured(newestCustomersMeasure, () =>
      db.customers.orderBy('localId').reverse().limit(limit).toArray(),
    );
  }
  return measured(customerSearchMeasure, async () => {
    if (rest.length === 0) return customersByPrefix(db, first, limit);
    const byName = await customersByPrefix(db, words.join(' '), limit);
    if (byName.length === limit) return byName;
    return filteredByPrefix(
      db,
      first,
      (c) => rest.every((word) => c.searchTokens.some((token) => token.startsWith(word))),
      limit,
    );
  });
}

/**
 * Stores customers HQ sent (from the feed or a real-time answer) in one transaction: each
 * replaces the local record with the same account number or temporary GUID, and every queued
 * record HQ has applied becomes synced (see `reconcile`). With `onlyKnown` (shared customer data
 * filtered, B4), customers the register does not hold already are skipped.
 */
export async function saveHqCustomers(
  db: PosDatabase,
  customers: readonly Customer[],
  options: { createdHere?: boolean; onlyKnown?: boolean } = {},
): Promise<number[]> {
  if (customers.length === 0) return [];
  return db.transaction('rw', db.customers, db.outbox, async () => {
    const accounts = customers.map((c) => c.accountNumber);
    const guids = customers.flatMap((c) => (c.asyncGuid ? [c.asyncGuid] : []));
    const [byAccount, byGuid] = await Promise.all([
      db.customers.where('accountNumber').anyOf(accounts).toArray(),
      guids.length ? db.customers.where('asyncGuid').anyOf(guids).toArray() : [],
    ]);
    const existing = matchExisting(
      customers,
      new Map(byAccount.map((c) => [c.accountNumber ?? '', c])),
      new Map(byGuid.map((c) => [c.asyncGuid ?? '', c])),
    );
    const locals = customers.flatMap((customer, i) =>
      options.onlyKnown && !existing[i]
        ? []
        : [localFromHq(customer, existing[i], options.createdHere ?? false)],
    );
    const knownIds = locals.flatMap((c) => (c.localId === undefined ? [] : [c.localId]));
    const entries = knownIds.length
      ? await db.outbox.where('localId').anyOf(knownIds).sortBy('seq')
      : [];
    const now = Date.now();
    // Grouped once, still oldest first: a page of 2,000 customers is not 2,000 scans of the entries.
    const entriesOf = new Map<number, OutboxEntry[]>();
    for (const entry of entries) {
      const group = entriesOf.get(entry.localId);
      if (group) group.push(entry);
      else entriesOf.set(entry.localId, [entry]);
    }
    const reconciled = locals.map((local) =>
      reconcile(local, local.localId === undefined ? [] : (entriesOf.get(local.localId) ?? [])),
    );
    const applied = new Set(reconciled.flatMap((r) => r.appliedSeqs));
    await db.outbox.bulkPut(
      entries
        .filter((e) => e.seq !== undefined && applied.has(e.seq))
        .map((e) => ({ ...transition(e, { type: 'synced' }), updatedAt: now })),
    );
    return db.customers.bulkPut(
      reconciled.map((r) => r.local),
      { allKeys: true },
    );
  });
}

/** B4: removes customers this register did not create; its own stay, pending or not. */
export const purgeSharedCustomers = (db: PosDatabase): Promise<number> =>
  db.customers.where('createdHere').equals(0).delete();

/** How many customers the register holds. */
export const countCustomers = (db: PosDatabase): Promise<number> => db.customers.count();
