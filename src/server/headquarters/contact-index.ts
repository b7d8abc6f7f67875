import { contactKeys, type DuplicateReason } from '../../contract/contact-keys.ts';
import type { Customer } from '../../contract/customer.ts';
import type { HqDb } from './db/hq-db.ts';
import { statement } from '../platform/db/sqlite.ts';

/**
 * HQ's index of customers by contact key (X2): "phone:<digits>" and "email:<lower-cased>", from
 * primary and secondary phones and e-mails. A merged customer has none, so it never matches.
 */
function indexKeys(customer: Customer): string[] {
  if (customer.mergedInto) return [];
  const { phones, emails } = contactKeys(customer);
  return [...phones.map((p) => `phone:${p}`), ...emails.map((e) => `email:${e}`)];
}

/**
 * Writes a customer's contact keys; every save of a customer calls this. A new customer has
 * none to replace.
 */
export function indexContacts(db: HqDb, customer: Customer, isNew: boolean): void {
  if (!isNew) {
    statement(db, 'DELETE FROM customer_contacts WHERE account_number = ?').run(
      customer.accountNumber,
    );
  }
  const insert = statement(
    db,
    'INSERT OR IGNORE INTO customer_contacts (contact_key, account_number) VALUES (?, ?)',
  );
  for (const key of indexKeys(customer)) insert.run(key, customer.accountNumber);
}

/** Indexes every customer already stored (the schema step that adds the index). */
export function backfillContactKeys(db: HqDb): void {
  const rows = db.prepare('SELECT data FROM customers').all() as { data: string }[];
  // The index is new and empty: every customer's keys are only inserted.
  for (const row of rows) indexContacts(db, JSON.parse(row.data) as Customer, true);
}

/**
 * A phone or e-mail more customers share is not one person's (a shop's switchboard, a
 * placeholder such as 000-0000-0000): it says nothing about duplicates.
 */
export const maxCustomersPerContact = 10;

/** Two customers sharing contact keys, and which kinds. */
export interface SharedContacts {
  account: string;
  other: string;
  reasons: DuplicateReason[];
}

/**
 * For the customers whose row version is in (`after`, `upTo`], every other customer sharing a
 * contact key with one of them, and which kinds they share; keys held by more than
 * `maxCustomersPerContact` customers are left out. One query for the whole range.
 */
export function sharedContactsInRange(db: HqDb, after: number, upTo: number): SharedContacts[] {
  const rows = statement(
    db,
    `WITH changed AS (
       SELECT k.account_number AS account, k.contact_key AS key
       FROM customers c JOIN customer_contacts k ON k.account_number = c.account_number
       WHERE c.row_version > @after AND c.row_version <= @upTo
     ), personal AS (
       SELECT key FROM (SELECT DISTINCT key FROM changed)
       WHERE (SELECT COUNT(*) FROM (
         SELECT 1 FROM customer_contacts n WHERE n.contact_key = key LIMIT @max + 1
       )) <= @max
     )
     SELECT changed.account, other.account_number AS other, changed.key
     FROM changed
     JOIN personal ON personal.key = changed.key
     JOIN customer_contacts other
       ON other.contact_key = changed.key AND other.account_number <> changed.account`,
  ).all({ after, upTo, max: maxCustomersPerContact }) as {
    account: string;
    other: string;
    key: string;
  }[];
  const pairs = new Map<string, SharedContacts>();
  for (const { account, other, key } of rows) {
    const id = `${account} ${other}`;
    const pair = pairs.get(id) ?? { account, other, reasons: [] };
    const reason: DuplicateReason = key.startsWith('phone:') ? 'phone' : 'email';
    if (!pair.reasons.includes(reason)) pair.reasons.push(reason);
    pairs.set(id, pair);
  }
  return [...pairs.values()];
}
