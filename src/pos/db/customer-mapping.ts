import type { Customer, CustomerDefaults, CustomerDraft } from '../../contract/customer.ts';
import type { LocalCustomer, OutboxEntry } from './schema.ts';
import { searchTokens } from './search-tokens.ts';

/** The draft's own affiliations plus the store default customer's (B9), without repeats. */
export function withDefaultAffiliations(draft: string[], defaults: string[]): string[] {
  return [...new Set([...draft, ...defaults])];
}

/** A customer created on this register, before HQ knows it: pending, no account number. */
export function pendingLocalCustomer(
  guid: string,
  draft: CustomerDraft,
  defaults: CustomerDefaults,
  storeId: string,
  now: string,
): LocalCustomer {
  return {
    ...draft,
    customerGroup: defaults.customerGroup,
    currency: defaults.currency,
    language: defaults.language,
    receiptPreference: defaults.receiptPreference,
    affiliations: withDefaultAffiliations(draft.affiliations, defaults.affiliations),
    asyncGuid: guid,
    syncStatus: 'pending',
    storeId,
    loyaltyCards: [],
    pendingAddresses: [],
    createdHere: 1,
    version: 0,
    updatedAt: now,
    searchTokens: searchTokens(draft),
  };
}

/** The editable fields of a draft applied to a local customer (addresses change otherwise). */
export function applyDraft(customer: LocalCustomer, draft: CustomerDraft): LocalCustomer {
  const { addresses: _addresses, ...fields } = draft;
  const updated = { ...customer, ...fields };
  return { ...updated, searchTokens: localSearchTokens(updated) };
}

/**
 * What a customer is found by on the register: see `searchTokens`; a customer merged at HQ
 * (X2) only by its own account number, so a search by name or phone shows the one it was
 * merged into, while its old account number still finds it.
 */
export function localSearchTokens(
  customer: Parameters<typeof searchTokens>[0] & { mergedInto?: string | null | undefined },
): string[] {
  return customer.mergedInto && customer.accountNumber
    ? [customer.accountNumber.toLowerCase()]
    : searchTokens(customer);
}

/**
 * The local form of a customer HQ sent. If the register already holds it — by account number,
 * or, for a customer created here asynchronously, by its temporary GUID — the local ID is kept,
 * so every reference to it (open screens, the outbox) now sees the account number: this is the
 * GUID → account mapping. A customer merged at HQ keeps where it went (`mergedInto`).
 */
export function localFromHq(
  customer: Customer,
  existing: LocalCustomer | undefined,
  createdHere: boolean,
): LocalCustomer {
  const local: LocalCustomer = {
    type: customer.type,
    firstName: customer.firstName,
    lastName: customer.lastName,
    organizationName: customer.organizationName,
    email: customer.email,
    phone: customer.phone,
    addresses: customer.addresses,
    title: customer.title,
    affiliations: customer.affiliations,
    secondaryEmails: customer.secondaryEmails,
    secondaryPhones: customer.secondaryPhones,
    pendingAddresses: existing?.pendingAddresses ?? [],
    createdHere: createdHere || existing?.createdHere === 1 ? 1 : 0,
    customerGroup: customer.customerGroup,
    currency: customer.currency,
    language: customer.language,
    receiptPreference: customer.receiptPreference,
    storeId: customer.storeId,
    loyaltyCards: customer.loyaltyCards,
    accountNumber: customer.accountNumber,
    syncStatus: 'synced',
    version: customer.version,
    updatedAt: customer.updatedAt,
    searchTokens: localSearchTokens(customer),
  };
  if (customer.mergedInto) local.mergedInto = customer.mergedInto;
  if (customer.asyncGuid) local.asyncGuid = customer.asyncGuid;
  if (customer.appliedEditGuid) local.appliedEditGuid = customer.appliedEditGuid;
  if (existing?.localId !== undefined) local.localId = existing.localId;
  return local;
}

/** Picks, for each HQ customer, the local record it replaces (by account first, then GUID). */
export function matchExisting(
  incoming: readonly Customer[],
  byAccount: ReadonlyMap<string, LocalCustomer>,
  byGuid: ReadonlyMap<string, LocalCustomer>,
): (LocalCustomer | undefined)[] {
  return incoming.map(
    (customer) =>
      byAccount.get(customer.accountNumber) ??
      (customer.asyncGuid ? byGuid.get(customer.asyncGuid) : undefined),
  );
}

/**
 * Reconciles a customer HQ sent with this register's queued records for it: which records HQ
 * has now applied (its creation by GUID, addresses by their record GUID, edits up to the last
 * applied one, since edits apply in order), and what still shows as pending: addresses not yet
 * applied, and the newest edit not yet applied, laid over HQ's values.
 */
export function reconcile(
  local: LocalCustomer,
  entries: readonly OutboxEntry[],
): { local: LocalCustomer; appliedSeqs: number[] } {
  const addressGuids = new Set(local.addresses.flatMap((a) => (a.asyncGuid ? [a.asyncGuid] : [])));
  const lastAppliedEditSeq =
    entries.find((e) => e.recordId === local.appliedEditGuid)?.seq ?? Number.NEGATIVE_INFINITY;
  const applied = (e: OutboxEntry): boolean => {
    switch (e.record.kind) {
      case 'customer-create':
        return e.record.guid === local.asyncGuid;
      case 'address-create':
        return addressGuids.has(e.record.guid);
      case 'customer-edit':
        return (e.seq ?? Number.POSITIVE_INFINITY) <= lastAppliedEditSeq;
    }
  };
  const appliedSeqs = entries
    .filter((e) => e.state !== 'synced' && applied(e))
    .map((e) => e.seq ?? -1);
  const waitingEdit = entries
    .filter((e) => e.record.kind === 'customer-edit' && e.state !== 'synced' && !applied(e))
    .at(-1)?.record;
  const reconciled: LocalCustomer = {
    ...local,
    pendingAddresses: local.pendingAddresses.filter((p) => !addressGuids.has(p.recordId)),
  };
  return {
    local:
      waitingEdit?.kind === 'customer-edit'
        ? applyDraft(reconciled, waitingEdit.draft)
        : reconciled,
    appliedSeqs,
  };
}
