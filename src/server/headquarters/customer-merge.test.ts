import { describe, expect, it } from 'vitest';
import type { Address, Customer } from '../../contract/customer.ts';
import { draft } from '../testing/test-support.ts';
import { mergedFields } from './customer-merge.ts';

function customer(overrides: Partial<Customer>): Customer {
  return {
    ...draft(),
    customerGroup: 'RETAIL',
    currency: 'JPY',
    language: 'ja',
    receiptPreference: 'print',
    accountNumber: 'C000100',
    asyncGuid: null,
    storeId: 'S001',
    loyaltyCards: [],
    appliedEditGuid: null,
    mergedInto: null,
    version: 1,
    updatedAt: '2025-01-01T09:00:00.000Z',
    ...overrides,
  };
}

const home: Address = {
  purpose: 'home',
  street: '1-1 Chuo',
  city: 'Tokyo',
  state: '13',
  zip: '100-0001',
  country: 'JPN',
  primary: true,
};

describe('mergedFields', () => {
  it("fills the kept customer's missing phone and e-mail from the other", () => {
    const kept = customer({ phone: '', email: 'kept@example.com' });
    const retired = customer({ phone: '090-1111-2222', email: 'KEPT@example.com' });
    expect(mergedFields(kept, retired)).toMatchObject({
      phone: '090-1111-2222',
      email: 'kept@example.com',
      secondaryPhones: [],
      secondaryEmails: [],
    });
  });

  it("adds the other's contacts as secondary ones, without repeats and within five", () => {
    const kept = customer({
      phone: '090-1111-2222',
      secondaryPhones: ['03-1111-0001', '03-1111-0002', '03-1111-0003', '03-1111-0004'],
    });
    const retired = customer({
      phone: '0311110001',
      email: 'other@example.com',
      secondaryPhones: ['03-2222-0001', '03-2222-0002'],
    });
    const merged = mergedFields(kept, retired);
    expect(merged.secondaryPhones).toEqual([
      '03-1111-0001',
      '03-1111-0002',
      '03-1111-0003',
      '03-1111-0004',
      '03-2222-0001',
    ]);
    expect(merged.secondaryEmails).toEqual(['other@example.com']);
  });

  it("adds the other's new addresses as not primary, its cards and affiliations", () => {
    const kept = customer({ addresses: [home], affiliations: ['VIP'] });
    const office = { ...home, purpose: 'business' as const, street: '2-2 Marunouchi' };
    const retired = customer({
      addresses: [{ ...home, street: ' 1-1 CHUO' }, office],
      affiliations: ['VIP', 'SENIOR'],
      loyaltyCards: [{ cardNumber: 'L000009', issuedAt: '2025-01-01T09:00:00.000Z' }],
    });
    const merged = mergedFields(kept, retired);
    expect(merged.addresses).toEqual([home, { ...office, primary: false }]);
    expect(merged.affiliations).toEqual(['VIP', 'SENIOR']);
    expect(merged.loyaltyCards?.map((c) => c.cardNumber)).toEqual(['L000009']);
  });
});
