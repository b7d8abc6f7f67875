import { describe, expect, it } from 'vitest';
import { queryTokens, searchTokens } from './search-tokens.ts';

const person = {
  firstName: 'Taro',
  lastName: 'Suzuki',
  organizationName: '',
  email: 'Taro.S@example.jp',
  phone: '03-5555-0101',
  accountNumber: 'C000020',
};

describe('searchTokens', () => {
  it('holds the words of names and email, the email, the phone digits and the account', () => {
    expect(searchTokens(person)).toEqual(
      expect.arrayContaining(['taro', 'suzuki', 'taro.s@example.jp', 's', '0355550101', 'c000020']),
    );
  });

  it('holds a person’s name in both orders, and an organization’s name of several words', () => {
    expect(searchTokens(person)).toEqual(expect.arrayContaining(['taro suzuki', 'suzuki taro']));
    const organization = {
      ...person,
      firstName: '',
      lastName: '',
      organizationName: 'Shibuya Walk-in',
    };
    expect(searchTokens(organization)).toContain('shibuya walk in');
  });

  it('reads full-width digits and letters as the contract’s contact keys do (X2)', () => {
    const tokens = searchTokens({
      ...person,
      phone: '０３-５５５５-０１０１',
      email: 'ＴＡＲＯ@example.jp',
    });
    expect(tokens).toContain('0355550101');
    expect(tokens).toContain('taro@example.jp');
  });

  it('adds no phrase for a name of one word', () => {
    const tokens = searchTokens({ ...person, lastName: '' });
    expect(tokens.filter((token) => token.includes(' '))).toEqual([]);
  });
});

describe('queryTokens', () => {
  it.each([
    ['Taro Suz', ['taro', 'suz']],
    ['  03-5555 ', ['035555']],
    ['Taro.S@Example.jp', ['taro.s@example.jp']],
    ['', []],
  ])('splits %j into %j', (query, expected) => {
    expect(queryTokens(query)).toEqual(expected);
  });
});
