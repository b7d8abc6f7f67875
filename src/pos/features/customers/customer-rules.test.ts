import { describe, expect, it } from 'vitest';
import type { CustomerFeatures } from '../../../contract/register.ts';
import { testConfig } from '../../test-fixtures.ts';
import {
  addAddressMode,
  editMode,
  enhancedFieldsBlocked,
  loyaltyBlocked,
  newCustomerBlocked,
} from './customer-rules.ts';

const off: CustomerFeatures = {
  asyncAddressCreation: false,
  enhancedAsyncCreation: false,
  asyncCustomerEditing: false,
};
const on: CustomerFeatures = {
  asyncAddressCreation: true,
  enhancedAsyncCreation: true,
  asyncCustomerEditing: true,
};
const pending = { syncStatus: 'pending' as const };
const synced = { syncStatus: 'synced' as const };

describe('customer rules', () => {
  it.each([
    [false, true, null],
    [false, false, null],
    [true, true, null],
    [true, false, 'blocked'],
  ] as const)('B4: filter %s, online %s → %s', (filter, online, expected) => {
    const verdict = newCustomerBlocked({ ...testConfig, filterSharedCustomerData: filter }, online);
    expect(verdict === null ? null : 'blocked').toBe(expected);
  });

  it.each([
    [false, true, off, null],
    [true, true, off, 'blocked'],
    [false, false, off, 'blocked'],
    [true, true, on, null],
    [false, false, on, null],
  ] as const)(
    'B9: async mode %s, online %s → enhanced fields %s',
    (asyncMode, online, features, expected) => {
      const verdict = enhancedFieldsBlocked(
        { ...testConfig, asyncCustomerMode: asyncMode, features },
        online,
      );
      expect(verdict === null ? null : 'blocked').toBe(expected);
    },
  );

  it.each([
    [pending, off, true, { blocked: expect.stringContaining('Pending sync') as unknown }],
    [pending, on, false, { mode: 'queued' }],
    [synced, off, true, { mode: 'realtime' }],
    [synced, on, false, { blocked: expect.stringContaining('connection') as unknown }],
  ])('B8: edit %o with %o online %s → %o', (customer, features, online, expected) => {
    expect(editMode(customer, features, online)).toEqual(expected);
  });

  it.each([
    [pending, on, false, { mode: 'queued' }],
    [synced, on, false, { mode: 'queued' }],
    [synced, off, true, { mode: 'realtime' }],
    [synced, off, false, { blocked: expect.stringContaining('connection') as unknown }],
    [pending, off, true, { blocked: expect.stringContaining('10.0.22') as unknown }],
  ])('B10: address for %o with %o online %s → %o', (customer, features, online, expected) => {
    expect(addAddressMode(customer, features, online)).toEqual(expected);
  });

  it('B11: loyalty needs the account number and a connection', () => {
    expect(loyaltyBlocked({ accountNumber: 'C000001' }, true)).toBeNull();
    expect(loyaltyBlocked({ accountNumber: 'C000001' }, false)).toMatch('connection');
    expect(loyaltyBlocked({}, true)).toMatch('Pending sync');
  });

  it('X2: a customer merged at HQ is not edited, given addresses or loyalty cards any more', () => {
    const merged = { ...synced, accountNumber: 'C000123', mergedInto: 'C000456' };
    const notice = 'This customer was merged into C000456 at HQ.';
    expect(editMode(merged, on, true)).toEqual({ blocked: notice });
    expect(addAddressMode(merged, on, true)).toEqual({ blocked: notice });
    expect(loyaltyBlocked(merged, true)).toBe(notice);
  });
});
