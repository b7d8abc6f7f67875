import type { Transaction } from 'dexie';
import { localSearchTokens } from './customer-mapping.ts';
import type { LocalCustomer } from './schema.ts';

/**
 * Dexie version 3's upgrade (issue 13): recomputes the search tokens of customers stored by
 * older versions — without name phrases ("taro suzuki"), or with full-width digits and e-mails
 * left unnormalised — exactly as the register computes them today, so search and the
 * duplicate warning (X2) treat old and new rows alike. Rows whose tokens are already current
 * are not written again.
 */
export async function upgradeSearchTokens(tx: Transaction): Promise<void> {
  await tx
    .table<LocalCustomer, number>('customers')
    .toCollection()
    .modify((customer) => {
      const tokens = localSearchTokens(customer);
      if (sameTokens(customer.searchTokens, tokens)) return false;
      customer.searchTokens = tokens;
      return true;
    });
}

function sameTokens(stored: readonly string[] | undefined, current: readonly string[]): boolean {
  return stored?.length === current.length && stored.every((token, i) => token === current[i]);
}
