import type { Customer, CustomerDefaults, CustomerDraft } from '../../contract/customer.ts';
import type { LocalCustomer } from './schema.ts';
import { searchTokens } from './search-tokens.ts';

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
    ...defaults,
    asyncGuid: guid,
    syncStatus: 'pending',
    storeId,
    loyaltyCards: [],
    version: 0,
    updatedAt: now,
    searchTokens: searchTokens(draft),
  };
}

/**
 * The local form of a customer HQ sent. If the register already holds it — by account number,
 * or, for a customer created here asynchronously, by its temporary GUID — the local ID is kept,
 * so every reference to it (open screens, the outbox) now sees the account number: this is the
 * GUID → account mapping.
 */
export function localFromHq(
  customer: Customer,
  existing: LocalCustomer | undefined,
): LocalCustomer {
  const local: LocalCustomer = {
    type: customer.type,
    firstName: customer.firstName,
    lastName: customer.lastName,
    organizationName: customer.organizationName,
    email: customer.email,
    phone: customer.phone,
    addresses: customer.addresses,
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
    searchTokens: searchTokens(customer),
  };
  if (customer.asyncGuid) local.asyncGuid = customer.asyncGuid;
  if (existing?.localId !== undefined) local.localId = existing.localId;
  return local;
}

/** Picks, for each HQ customer, the local record it replaces (by account first, then GUID). */
export function matchExisting(
  incoming: readonly Customer[],
  byAccount: ReadonlyMap<string, LocalCustomer>,
  byGuid: ReadonlyMap<string, LocalCustomer>,
): LocalCustomer[] {
  return incoming.map((customer) =>
    localFromHq(
      customer,
      byAccount.get(customer.accountNumber) ??
        (customer.asyncGuid ? byGuid.get(customer.asyncGuid) : undefined),
    ),
  );
}
