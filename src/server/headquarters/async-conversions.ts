import { fieldErrors, firstFieldError } from '../../contract/errors.ts';
import type { CustomerDefaults } from '../../contract/customer.ts';
import { englishText, message, type Message } from '../../contract/messages.ts';
import {
  asyncRecordSchema,
  type AsyncAddressRecord,
  type AsyncCustomerEditRecord,
  type AsyncCustomerRecord,
  type AsyncRecord,
} from '../../contract/upload.ts';
import type { HqDb } from './db/hq-db.ts';
import { checkAffiliations } from './affiliations.ts';
import { checkCountries, checkCountry } from './countries.ts';
import { refKeys, resolveCustomerRef } from './customer-refs.ts';
import {
  addAddress,
  applyAsyncEdit,
  createCustomer,
  findCustomerByAsyncGuid,
  maxAddresses,
  mergedMessage,
} from './customers.ts';
import { storeDefaults } from './stores.ts';

/** Why one operation could not be converted; its message becomes the operation's last error. */
export class ConversionError extends Error {
  override readonly name = 'ConversionError';
  readonly detail: Message;

  constructor(detail: Message) {
    super(englishText(detail));
    this.detail = detail;
  }
}

/** What converting one operation did: done (with the customer's account), or wait for later. */
export type ConversionOutcome =
  { status: 'done'; accountNumber: string } | { status: 'waiting'; keys: string[] };

/** The first of field → message pairs as one error about its field. */
function firstProblem(fields: Record<string, Message>): ConversionError | null {
  const first = firstFieldError(fields);
  return first ? new ConversionError(first) : null;
}

/** Parses a stored payload; a ConversionError when it is not a valid record. */
export function parseStoredRecord(payload: string): AsyncRecord {
  let json: unknown;
  try {
    json = JSON.parse(payload) as unknown;
  } catch {
    throw new ConversionError(message('unreadable-record'));
  }
  const parsed = asyncRecordSchema.safeParse(json);
  if (!parsed.success) {
    throw firstProblem(fieldErrors(parsed.error)) ?? new ConversionError(message('invalid-value'));
  }
  return parsed.data;
}

/**
 * HQ's own rules on a record (countries/regions and affiliations exist), as field path →
 * message with paths relative to the record, e.g. `customer.addresses.0.country`.
 */
export function checkRecordRules(db: HqDb, record: AsyncRecord): Record<string, Message> {
  switch (record.kind) {
    case 'customer-create':
      return {
        ...checkCountries(record.customer.addresses, 'customer.'),
        ...checkAffiliations(db, record.customer.affiliations, 'customer.affiliations'),
      };
    case 'customer-edit':
      // The draft's addresses are not applied (addresses change only by creation and address
      // records), so only its affiliations are checked.
      return checkAffiliations(db, record.draft.affiliations, 'draft.affiliations');
    case 'address-create':
      return checkCountry(record.address.country, 'address.country');
  }
}

function enforceRules(db: HqDb, record: AsyncRecord): void {
  const problem = firstProblem(checkRecordRules(db, record));
  if (problem) throw problem;
}

/** What a store's new customers inherit (see `storeDefaults`); the sync job memoizes it. */
export type DefaultsOf = (storeId: string) => CustomerDefaults | null;

function convertCreate(
  db: HqDb,
  op: { storeId: string; registerId: string },
  record: AsyncCustomerRecord,
  now: string,
  defaultsOf: DefaultsOf,
) {
  const { storeId } = op;
  const existing = findCustomerByAsyncGuid(db, record.guid);
  if (existing) return existing.accountNumber;
  enforceRules(db, record);
  const defaults = defaultsOf(storeId);
  if (!defaults) throw new ConversionError(message('store-without-default', { store: storeId }));
  return createCustomer(db, {
    draft: record.customer,
    defaults,
    storeId,
    originRegisterId: op.registerId,
    asyncGuid: record.guid,
    now,
  }).accountNumber;
}

function applyEdit(
  db: HqDb,
  record: AsyncCustomerEditRecord | AsyncAddressRecord,
  held: ReadonlySet<string>,
  now: string,
): ConversionOutcome {
  const ref = record.customer;
  const target = resolveCustomerRef(db, ref);
  if (!target) {
    if ('accountNumber' in ref) {
      throw new ConversionError(message('customer-not-at-hq', { account: ref.accountNumber }));
    }
    // Its creation has not been converted yet (pending, failed, or not arrived): wait.
    return { status: 'waiting', keys: refKeys(ref) };
  }
  const keys = [...refKeys(ref), ...refKeys(target)];
  // An earlier record for the same customer is still waiting: keep the order.
  if (keys.some((k) => held.has(k))) return { status: 'waiting', keys };
  if (target.mergedInto) throw new ConversionError(mergedMessage(target));
  if (record.kind === 'customer-edit') {
    if (target.appliedEditGuid === record.guid) {
      return { status: 'done', accountNumber: target.accountNumber };
    }
    enforceRules(db, record);
    applyAsyncEdit(db, target, record.draft, record.guid, now);
    return { status: 'done', accountNumber: target.accountNumber };
  }
  if (target.addresses.some((a) => a.asyncGuid === record.guid)) {
    return { status: 'done', accountNumber: target.accountNumber };
  }
  enforceRules(db, record);
  if (target.addresses.length >= maxAddresses) {
    throw new ConversionError(message('too-many-addresses', { max: maxAddresses }));
  }
  addAddress(db, target, { ...record.address, asyncGuid: record.guid }, now);
  return { status: 'done', accountNumber: target.accountNumber };
}

/**
 * Converts one pending operation at HQ: a creation becomes a customer (or completes with the
 * one its GUID already made); an edit or address is applied to its customer once that exists.
 * `held` names customers with an earlier record still waiting; `defaultsOf` gives a store's
 * defaults (read from HQ unless given). Throws ConversionError.
 */
export function convertOperation(
  db: HqDb,
  op: { storeId: string; registerId: string; payload: string },
  held: ReadonlySet<string>,
  now: string,
  defaultsOf: DefaultsOf = (storeId) => storeDefaults(db, storeId),
): ConversionOutcome {
  const record = parseStoredRecord(op.payload);
  if (record.kind === 'customer-create') {
    return { status: 'done', accountNumber: convertCreate(db, op, record, now, defaultsOf) };
  }
  return applyEdit(db, record, held, now);
}
