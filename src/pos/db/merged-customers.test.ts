import { describe, expect, it } from 'vitest';
import { configuredDatabase, hqCustomer } from '../test-fixtures.ts';
import { localFromHq } from './customer-mapping.ts';
import { getCustomerByAccount, saveHqCustomers, searchCustomers } from './customers-repo.ts';

const taro = hqCustomer({
  accountNumber: 'C000123',
  firstName: 'Taro',
  lastName: 'Suzuki',
  email: 'taro@example.jp',
  phone: '090-1234-5678',
});

describe('a customer merged at HQ (X2)', () => {
  it('keeps where it was merged into and is found only by its own account number', () => {
    const merged = localFromHq({ ...taro, mergedInto: 'C000456' }, undefined, false);
    expect(merged.mergedInto).toBe('C000456');
    expect(merged.searchTokens).toEqual(['c000123']);
  });

  it('has no mergedInto while in use', () => {
    const local = localFromHq(taro, undefined, false);
    expect(local).not.toHaveProperty('mergedInto');
    expect(local.searchTokens).toContain('09012345678');
  });

  it('replaces the same local record when the merge arrives: a name or phone search shows the kept one', async () => {
    const db = await configuredDatabase();
    const [taroId] = await saveHqCustomers(db, [taro]);
    await saveHqCustomers(db, [
      hqCustomer({ ...taro, accountNumber: 'C000456', version: 2 }),
      { ...taro, mergedInto: 'C000456', version: 2 },
    ]);
    const accounts = async (q: string) =>
      (await searchCustomers(db, q)).map((c) => c.accountNumber).sort();
    expect(await accounts('taro')).toEqual(['C000456']);
    expect(await accounts('090-1234-5678')).toEqual(['C000456']);
    expect(await accounts('C000123')).toEqual(['C000123']);
    expect(await getCustomerByAccount(db, 'C000123')).toMatchObject({
      localId: taroId,
      mergedInto: 'C000456',
    });
    expect(await getCustomerByAccount(db, 'C000999')).toBeUndefined();
  });
});
