import { describe, expect, it } from 'vitest';
import { addressFieldRows, formatAddressLine } from './address-order.ts';

const address = { street: '1-1 Chuo', city: 'Tokyo', state: '13', zip: '100-0001', country: 'JPN' };
const list = (items: readonly string[]) => items.join(', ');

describe('address order', () => {
  it('puts the street on a row of its own, after the postal code, state and city in Japanese', () => {
    expect(addressFieldRows('en')).toEqual([['street'], ['city', 'state', 'zip', 'country']]);
    expect(addressFieldRows('ja')).toEqual([['zip', 'state', 'city'], ['street'], ['country']]);
  });

  it('writes an address from the street up in English, from the postal code down in Japanese', () => {
    expect(formatAddressLine(address, 'en', list)).toBe('1-1 Chuo, Tokyo, 13, 100-0001, JPN');
    expect(formatAddressLine(address, 'ja', list)).toBe('〒100-0001 13 Tokyo 1-1 Chuo JPN');
  });

  it('leaves out empty parts', () => {
    const partial = { ...address, state: '', zip: ' ' };
    expect(formatAddressLine(partial, 'en', list)).toBe('1-1 Chuo, Tokyo, JPN');
    expect(formatAddressLine(partial, 'ja', list)).toBe('Tokyo 1-1 Chuo JPN');
  });
});
