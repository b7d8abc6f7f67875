import {
  customerLimits,
  type Address,
  type Customer,
  type CustomerDefaults,
  type CustomerDraft,
  type LoyaltyCard,
} from '../../contract/customer.ts';
import type { HqDb } from './db/hq-db.ts';
import { statement } from '../platform/db/sqlite.ts';
import { indexContacts } from './contact-index.ts';
import { customerSearchText } from './customer-search.ts';
import { nextAccountNumber, nextLoyaltyCardNumber, nextRowVersion } from './number-sequence.ts';
import { message, type Message } from '../../contract/messages.ts';

/** Everything needed to create an HQ customer. */
export interface NewCustomer {
  draft: CustomerDraft;
  defaults: CustomerDefaults;
  storeId: string;
  /** The register it was created on (real time or async), or null (HQ, demo data). */
  originRegisterId: string | null;
  asyncGuid: string | null;
  now: string;
}

interface CustomerRow {
  data: string;
}

function save(
  db: HqDb,
  customer: Customer,
  isNew: boolean,
  originRegisterId: string | null = null,
): void {
  statement(
    db,
    `INSERT INTO customers
       (account_number, async_guid, store_id, origin_register_id, search_text, row_version, data)
     VALUES (@account, @guid, @store, @origin, @search, @rowVersion, @data)
     ON CONFLICT (account_number) DO UPDATE SET
       search_text = excluded.search_text, row_version = excluded.row_version, data = excluded.data`,
  ).run({
    account: customer.accountNumber,
    guid: customer.asyncGuid,
    store: customer.storeId,
    origin: originRegisterId,
    search: customerSearchText(customer),
    rowVersion: nextRowVersion(db),
    data: JSON.stringify(customer),
  });
  indexContacts(db, customer, isNew);
}

function draftFields(draft: CustomerDraft): CustomerDraft {
  return {
    type: draft.type,
    firstName: draft.firstName,
    lastName: draft.lastName,
    organizationName: draft.organizationName,
    email: draft.email,
    phone: draft.phone,
    addresses: draft.addresses,
    title: draft.title,
    affiliations: draft.affiliations,
    secondaryEmails: draft.secondaryEmails,
    secondaryPhones: draft.secondaryPhones,
  };
}

/** The customer's own affiliations followed by those of the default customer it lacks (B9). */
export function withDefaultAffiliations(
  own: readonly string[],
  defaults: readonly string[],
): string[] {
  return [...new Set([...own, ...defaults])];
}

/** Creates an HQ customer with the next account number; call inside a transaction. */
export function createCustomer(db: HqDb, input: NewCustomer): Customer {
  const customer: Customer = {
    ...draftFields(input.draft),
    ...input.defaults,
    affiliations: withDefaultAffiliations(input.draft.affiliations, input.defaults.affiliations),
    accountNumber: nextAccountNumber(db),
    asyncGuid: input.asyncGuid,
    storeId: input.storeId,
    loyaltyCards: [],
    appliedEditGuid: null,
    mergedInto: null,
    version: 1,
    updatedAt: input.now,
  };
  save(db, customer, true, input.originRegisterId);
  return customer;
}

/** The HQ customer with this account number, or null. */
export function findCustomer(db: HqDb, accountNumber: string): Customer | null {
  const row = statement(db, 'SELECT data FROM customers WHERE account_number = ?').get(
    accountNumber,
  ) as CustomerRow | undefined;
  return row ? (JSON.parse(row.data) as Customer) : null;
}

/** Why a change to a customer merged into another is refused (X2). */
export function mergedMessage(customer: Pick<Customer, 'accountNumber' | 'mergedInto'>): Message {
  return message('customer-merged', {
    account: customer.accountNumber,
    into: customer.mergedInto ?? '',
  });
}

/** The HQ customer created from this temporary GUID (real time or async), or null. */
export function findCustomerByAsyncGuid(db: HqDb, guid: string): Customer | null {
  const row = statement(db, 'SELECT data FROM customers WHERE async_guid = ?').get(guid) as
    CustomerRow | undefined;
  return row ? (JSON.parse(row.data) as Customer) : null;
}

/**
 * Saves a change to a customer: the new fields, version + 1 and the time; returns the customer
 * as saved. Every change goes through here, so 1010 sees each one. Call inside a transaction.
 */
export function saveChange(
  db: HqDb,
  current: Customer,
  changes: Partial<Customer>,
  now: string,
): Customer {
  const updated: Customer = {
    ...current,
    ...changes,
    version: current.version + 1,
    updatedAt: now,
  };
  save(db, updated, false);
  return updated;
}

/** Replaces a customer's draft fields, bumping its version; call inside a transaction. */
export function editCustomer(
  db: HqDb,
  current: Customer,
  draft: CustomerDraft,
  now: string,
): Customer {
  return saveChange(db, current, draftFields(draft), now);
}

/**
 * Applies an asynchronous edit (10.0.29): the draft replaces every field except the addresses
 * (they change only through creation and address records); records the edit's GUID.
 */
export function applyAsyncEdit(
  db: HqDb,
  current: Customer,
  draft: CustomerDraft,
  editGuid: string,
  now: string,
): Customer {
  return saveChange(
    db,
    current,
    { ...draftFields(draft), addresses: current.addresses, appliedEditGuid: editGuid },
    now,
  );
}

/** The most addresses a customer can have (the contract's limit). */
export const maxAddresses = customerLimits.addresses;

/**
 * Appends an address (B10); a primary one makes the others non-primary. Call inside a
 * transaction, after checking the country/region and `maxAddresses`.
 */
export function addAddress(db: HqDb, current: Customer, address: Address, now: string): Customer {
  const others = address.primary
    ? current.addresses.map((a) => ({ ...a, primary: false }))
    : current.addresses;
  return saveChange(db, current, { addresses: [...others, address] }, now);
}

/** Replaces what a store's default customer passes on to new customers (HQ console). */
export function setCustomerDefaults(
  db: HqDb,
  current: Customer,
  defaults: CustomerDefaults,
  now: string,
): Customer {
  return saveChange(db, current, { ...defaults }, now);
}

/** Issues a new loyalty card with HQ's next card number; call inside a transaction. */
export function issueLoyaltyCard(
  db: HqDb,
  current: Customer,
  now: string,
): { card: LoyaltyCard; customer: Customer } {
  const card: LoyaltyCard = { cardNumber: nextLoyaltyCardNumber(db), issuedAt: now };
  const customer = saveChange(db, current, { loyaltyCards: [...current.loyaltyCards, card] }, now);
  return { card, customer };
}

/** Customers changed after `rowVersion`, oldest change first (what 1010 distributes). */
export function customersChangedSince(
  db: HqDb,
  rowVersion: number,
  limit: number,
): { customer: Customer; originRegisterId: string | null; rowVersion: number }[] {
  const rows = statement(
    db,
    `SELECT data, origin_register_id AS originRegisterId, row_version AS rowVersion
     FROM customers WHERE row_version > ? ORDER BY row_version LIMIT ?`,
  ).all(rowVersion, limit) as {
    data: string;
    originRegisterId: string | null;
    rowVersion: number;
  }[];
  return rows.map((r) => ({
    customer: JSON.parse(r.data) as Customer,
    originRegisterId: r.originRegisterId,
    rowVersion: r.rowVersion,
  }));
}

/** How many customers HQ has. */
export function countCustomers(db: HqDb): number {
  return (statement(db, 'SELECT COUNT(*) AS n FROM customers').get() as { n: number }).n;
}
