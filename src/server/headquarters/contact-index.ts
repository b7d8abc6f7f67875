import { contactKeys, type DuplicateReason } from '../../contract/contact-keys.ts';
import type { Customer } from '../../contract/customer.ts';
import type { HqDb } from '../db/hq-db.ts';
import { statement } from '../db/sqlite.ts';

/**
 * HQ's index of customers by contact key (X2): "phone:<digits>" and "email:<lower-cased>", from
 * primary and secondary phones and e-mails. A merged customer has none, so it never matches.
 */
function indexKeys(customer: Customer): string[] {
  if (customer.mergedInto) return [];
  const { phones, emails } = contactKeys(customer);
  return [...phones.map((p) => `phone:${p}`), ...emails.map((e) => `email:${e}`)];
}

/** Replaces a customer's contact keys; every save of a customer calls this. */
export function indexContacts(db: HqDb, customer: Customer): void {
  statement(db, 'DELETE FROM customer_contacts WHERE account_number = ?').run(
    customer.accountNumber,
  );
  const insert = statement(
    db,
    'INSERT OR IGNORE INTO customer_contacts (contact_key, account_number) VALUES (?, ?)',
  );
  for (const key of indexKeys(customer)) insert.run(key, customer.accountNumber);
}

/** Indexes every customer already stored (the schema step that adds the index). */
export function backfillContactKeys(db: HqDb): void {
  const rows = db.prepare('SELECT data FROM customers').all() as { data: string }[];
  for (const row of rows) indexContacts(db, JSON.parse(row.data) as Customer);
}

/**
 * A phone or e-mail more customers share is not one person's (a shop's switchboard, a
 * placeholder such as 000-0000-0000): it says nothing about duplicates.
 */
export const maxCustomersPerContact = 10;

/**
 * The other customers sharing a contact key with this one, and which kinds they share; keys
 * held by more than `maxCustomersPerContact` customers are left out.
 */
export function customersSharingContacts(
  db: HqDb,
  customer: Customer,
): Map<string, DuplicateReason[]> {
  const found = new Map<string, DuplicateReason[]>();
  const lookup = statement(
    db,
    'SELECT account_number AS account FROM customer_contacts WHERE contact_key = ? LIMIT ?',
  );
  for (const key of indexKeys(customer)) {
    const reason: DuplicateReason = key.startsWith('phone:') ? 'phone' : 'email';
    const holders = lookup.all(key, maxCustomersPerContact + 1) as { account: string }[];
    if (holders.length > maxCustomersPerContact) continue;
    for (const { account } of holders) {
      if (account === customer.accountNumber) continue;
      const reasons = found.get(account) ?? [];
      if (!reasons.includes(reason)) reasons.push(reason);
      found.set(account, reasons);
    }
  }
  return found;
}
