import { describe, expect, it } from 'vitest';
import { contactKeys, emailKey, phoneKey, sharedContacts } from './contact-keys.ts';

describe('contact keys (X2)', () => {
  it('compares phone numbers by their digits, from six digits on', () => {
    expect(phoneKey('090-1234 (5678)')).toBe('09012345678');
    expect(phoneKey('+81 90 1234 5678')).toBe('819012345678');
    expect(phoneKey('１２３４５６')).toBe('123456');
    expect(phoneKey('12-345')).toBeNull();
    expect(phoneKey('')).toBeNull();
  });

  it('compares e-mail addresses trimmed and lower-cased', () => {
    expect(emailKey('  Ken.Abe@Example.COM ')).toBe('ken.abe@example.com');
    expect(emailKey('')).toBeNull();
  });

  it('takes primary and secondary contacts, without repeats', () => {
    expect(
      contactKeys({
        phone: '090-1234-5678',
        email: 'a@example.com',
        secondaryPhones: ['09012345678', '03-1111-2222'],
        secondaryEmails: ['A@example.com', 'b@example.com'],
      }),
    ).toEqual({
      phones: ['09012345678', '0311112222'],
      emails: ['a@example.com', 'b@example.com'],
    });
  });

  it('says what two customers share', () => {
    const a = { phone: '090-1234-5678', email: 'a@example.com' };
    expect(sharedContacts(a, { phone: '09012345678', email: 'b@example.com' })).toEqual(['phone']);
    expect(
      sharedContacts(a, { phone: '', email: 'x@example.com', secondaryEmails: ['A@EXAMPLE.com'] }),
    ).toEqual(['email']);
    expect(sharedContacts(a, { phone: '090-1234-5678', email: 'a@example.com' })).toEqual([
      'phone',
      'email',
    ]);
    expect(sharedContacts(a, { phone: '', email: '' })).toEqual([]);
  });
});
