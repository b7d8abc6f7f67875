/**
 * The forms in which phone numbers and e-mail addresses are compared to find likely duplicate
 * customers (X2), shared by the register's warning while typing and HQ's sync job.
 */

/** The fewest digits a phone number needs to be compared: shorter ones match too easily. */
export const minPhoneKeyDigits = 6;

/** A phone number's digits ("090-1234 5678" → "09012345678"), or null when too short. */
export function phoneKey(phone: string): string | null {
  const digits = phone.normalize('NFKC').replace(/\D/g, '');
  return digits.length >= minPhoneKeyDigits ? digits : null;
}

/** An e-mail address trimmed and lower-cased, or null when empty. */
export function emailKey(email: string): string | null {
  const key = email.normalize('NFKC').trim().toLowerCase();
  return key.includes('@') ? key : null;
}

/** Why two customers look like the same person. */
export const duplicateReasons = ['phone', 'email'] as const;
export type DuplicateReason = (typeof duplicateReasons)[number];

/** The contact details a customer is compared by: primary and secondary phones and e-mails. */
export interface ContactDetails {
  phone: string;
  email: string;
  secondaryPhones?: readonly string[];
  secondaryEmails?: readonly string[];
}

/** Every phone key and e-mail key of a customer's contact details, without repeats. */
export function contactKeys(c: ContactDetails): { phones: string[]; emails: string[] } {
  const keys = <T>(values: readonly string[], key: (v: string) => T | null) => [
    ...new Set(values.map(key).filter((k): k is T => k !== null)),
  ];
  return {
    phones: keys([c.phone, ...(c.secondaryPhones ?? [])], phoneKey),
    emails: keys([c.email, ...(c.secondaryEmails ?? [])], emailKey),
  };
}

/** What two customers' contact details share: the reasons they look like one person. */
export function sharedContacts(a: ContactDetails, b: ContactDetails): DuplicateReason[] {
  const ka = contactKeys(a);
  const kb = contactKeys(b);
  const reasons: DuplicateReason[] = [];
  if (ka.phones.some((p) => kb.phones.includes(p))) reasons.push('phone');
  if (ka.emails.some((e) => kb.emails.includes(e))) reasons.push('email');
  return reasons;
}
