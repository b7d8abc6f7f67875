import { describe, expect, it } from 'vitest';
import type { CustomerDefaults } from '../../../contract/customer.ts';
import { checkDefaults, defaultsChanged, serverDefaultsErrors } from './store-defaults.ts';

const saved: CustomerDefaults = {
  customerGroup: 'Retail',
  currency: 'JPY',
  language: 'ja',
  receiptPreference: 'print',
  affiliations: ['EMPLOYEE'],
};

describe('checkDefaults', () => {
  it('accepts valid defaults and trims the text fields', () => {
    expect(checkDefaults({ ...saved, customerGroup: ' Staff ', language: 'en-US ' })).toEqual({
      ok: true,
      defaults: { ...saved, customerGroup: 'Staff', language: 'en-US' },
    });
  });

  it.each([
    {
      field: 'customerGroup',
      change: { customerGroup: '' },
      message: 'Enter a customer group of 1 to 10 characters.',
    },
    {
      field: 'customerGroup',
      change: { customerGroup: 'ABCDEFGHIJK' },
      message: 'Enter a customer group of 1 to 10 characters.',
    },
    {
      field: 'currency',
      change: { currency: 'jpy' },
      message: 'Use a three-letter currency code in capitals, e.g. JPY.',
    },
    {
      field: 'language',
      change: { language: 'j' },
      message: 'Enter a language code of 2 to 10 characters, e.g. ja or en-US.',
    },
    {
      field: 'affiliations.0',
      change: { affiliations: ['bad id'] },
      message: 'Not an affiliation id.',
    },
  ])('explains a bad $field', ({ field, change, message }) => {
    const result = checkDefaults({ ...saved, ...change });
    expect(result).toEqual({ ok: false, fields: { [field]: message } });
  });
});

describe('defaultsChanged', () => {
  it('ignores the order of affiliations and surrounding spaces', () => {
    const two = { ...saved, affiliations: ['EMPLOYEE', 'SENIOR'] };
    expect(defaultsChanged({ ...two, affiliations: ['SENIOR', 'EMPLOYEE'] }, two)).toBe(false);
    expect(defaultsChanged({ ...saved, currency: 'JPY ' }, saved)).toBe(false);
  });

  it('notices a changed field or affiliation', () => {
    expect(defaultsChanged({ ...saved, receiptPreference: 'email' }, saved)).toBe(true);
    expect(defaultsChanged({ ...saved, affiliations: [] }, saved)).toBe(true);
  });
});

describe('serverDefaultsErrors', () => {
  it('maps HQ field paths to the form fields', () => {
    expect(
      serverDefaultsErrors({
        'defaults.affiliations.1': { code: 'unknown-affiliation', values: { id: 'A9' } },
        currency: { code: 'invalid-value' },
      }),
    ).toEqual({
      'affiliations.1': "Affiliation 'A9' does not exist.",
      currency: 'This value is not valid.',
    });
  });
});
