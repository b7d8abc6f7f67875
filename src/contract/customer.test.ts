import { describe, expect, it } from 'vitest';
import { customerDraftSchema, displayName, emptyDraft, type CustomerDraft } from './customer.ts';
import { fieldErrors } from './errors.ts';
import { englishText, type Message } from './messages.ts';
import { unsafeTextMessage } from './safe-text.ts';

/** A field's message in English, as the server's `message` reads it. */
const englishOf = (message: Message | undefined) => (message ? englishText(message) : undefined);

const person: CustomerDraft = { ...emptyDraft(), firstName: 'Hanako', lastName: 'Yamada' };

describe('customerDraftSchema', () => {
  const invalid: [string, unknown, string, string][] = [
    [
      'a person without a first name',
      { ...person, firstName: '' },
      'firstName',
      'First name is required.',
    ],
    [
      'a person without a last name',
      { ...person, lastName: '  ' },
      'lastName',
      'Last name is required.',
    ],
    [
      'an organization without its name',
      { ...emptyDraft(), type: 'organization' },
      'organizationName',
      'Organization name is required.',
    ],
    ['a bad email', { ...person, email: 'nope' }, 'email', 'Enter a valid e-mail address.'],
    ['a bad phone', { ...person, phone: 'call me' }, 'phone', 'Enter a valid phone number.'],
    [
      'an overlong first name',
      { ...person, firstName: 'x'.repeat(61) },
      'firstName',
      'At most 60 characters.',
    ],
    ['an unknown field', { ...person, admin: true }, '_', 'Unrecognized key: "admin"'],
    [
      'a NUL in a name',
      { ...person, lastName: 'Yama\u0000da' },
      'lastName',
      englishText({ code: unsafeTextMessage }),
    ],
    [
      'a right-to-left override in a name',
      { ...person, firstName: 'Ha\u202Eoknah' },
      'firstName',
      englishText({ code: unsafeTextMessage }),
    ],
    [
      'a lone surrogate in an organization name',
      { ...emptyDraft(), type: 'organization', organizationName: 'Mori\ud800' },
      'organizationName',
      englishText({ code: unsafeTextMessage }),
    ],
    [
      'an address without a city',
      {
        ...person,
        addresses: [
          {
            purpose: 'home',
            street: '1-2-3 Jingumae',
            city: '',
            state: '',
            zip: '',
            country: 'JPN',
            primary: true,
          },
        ],
      },
      'addresses.0.city',
      'City is required.',
    ],
  ];
  it.each(invalid)('refuses %s', (_name, value, field, message) => {
    const result = customerDraftSchema.safeParse(value);
    expect(result.success).toBe(false);
    if (!result.success) expect(englishOf(fieldErrors(result.error)[field])).toBe(message);
  });

  it('accepts and trims a valid person, and keeps hostile text as plain text', () => {
    const parsed = customerDraftSchema.parse({
      ...person,
      firstName: ' <img src=x onerror=alert(1)> ',
      email: 'h@example.jp',
    });
    expect(parsed.firstName).toBe('<img src=x onerror=alert(1)>');
    expect(displayName(parsed)).toBe('<img src=x onerror=alert(1)> Yamada');
  });
});
