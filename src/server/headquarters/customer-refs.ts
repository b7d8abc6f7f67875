import type { Customer } from '../../contract/customer.ts';
import type { CustomerRef } from '../../contract/upload.ts';
import type { HqDb } from './db/hq-db.ts';
import { findCustomer, findCustomerByAsyncGuid } from './customers.ts';

/**
 * The HQ customer an edit or address record belongs to: by account number, or the customer
 * created from the temporary GUID. Null while that creation has not been converted yet (or the
 * account does not exist).
 */
export function resolveCustomerRef(db: HqDb, ref: CustomerRef): Customer | null {
  return 'accountNumber' in ref
    ? findCustomer(db, ref.accountNumber)
    : findCustomerByAsyncGuid(db, ref.asyncGuid);
}

/** Keys naming one customer, so records queued for it can be held back in order. */
export function refKeys(ref: CustomerRef | Customer): string[] {
  const keys: string[] = [];
  if ('accountNumber' in ref && ref.accountNumber) keys.push(`account:${ref.accountNumber}`);
  if ('asyncGuid' in ref && ref.asyncGuid) keys.push(`guid:${ref.asyncGuid}`);
  return keys;
}

/** True when two references name the customer the same way. */
export function sameRef(a: CustomerRef, b: CustomerRef): boolean {
  return 'accountNumber' in a
    ? 'accountNumber' in b && a.accountNumber === b.accountNumber
    : 'asyncGuid' in b && a.asyncGuid === b.asyncGuid;
}
