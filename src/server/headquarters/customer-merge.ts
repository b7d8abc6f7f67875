import { emailKey, phoneKey } from '../../contract/contact-keys.ts';
import { customerLimits, type Address, type Customer } from '../../contract/customer.ts';
import type { DuplicateFlag } from '../../contract/duplicates.ts';
import type { HqDb } from './db/hq-db.ts';
import { saveChange } from './customers.ts';
import { findDuplicateFlag, repointOpenFlags, resolveFlag } from './duplicate-flags.ts';

/** Values not already present by `key` (or without one), in order, up to `max`. */
function distinctBy(
  values: readonly string[],
  key: (v: string) => string | null,
  taken: readonly string[],
  max: number,
): string[] {
  const seen = new Set(taken.map(key));
  const out: string[] = [];
  for (const value of values) {
    const k = key(value);
    if (!value || seen.has(k)) continue;
    seen.add(k);
    out.push(value);
  }
  return out.slice(0, max);
}

function sameAddress(a: Address, b: Address): boolean {
  const norm = (x: Address) =>
    [x.street, x.city, x.zip, x.country].map((s) => s.trim().toLowerCase()).join('|');
  return norm(a) === norm(b);
}

/**
 * What the kept customer gains from the one merged into it: its phone and e-mail where the kept
 * one has none (else as secondary contacts), its other addresses (not primary), loyalty cards
 * and affiliations — within the contract's limits. The kept customer's own values win.
 */
export function mergedFields(kept: Customer, retired: Customer): Partial<Customer> {
  const phone = kept.phone || retired.phone;
  const email = kept.email || retired.email;
  const byPhone = (v: string) => phoneKey(v) ?? v;
  const byEmail = (v: string) => emailKey(v) ?? v;
  const extraAddresses = retired.addresses
    .filter((a) => !kept.addresses.some((k) => sameAddress(k, a)))
    .map((a) => ({ ...a, primary: false }));
  return {
    phone,
    email,
    secondaryPhones: distinctBy(
      [...kept.secondaryPhones, retired.phone, ...retired.secondaryPhones],
      byPhone,
      [phone],
      customerLimits.secondaryContacts,
    ),
    secondaryEmails: distinctBy(
      [...kept.secondaryEmails, retired.email, ...retired.secondaryEmails],
      byEmail,
      [email],
      customerLimits.secondaryContacts,
    ),
    addresses: [...kept.addresses, ...extraAddresses].slice(0, customerLimits.addresses),
    loyaltyCards: [...kept.loyaltyCards, ...retired.loyaltyCards],
    affiliations: [...new Set([...kept.affiliations, ...retired.affiliations])].slice(
      0,
      customerLimits.affiliations,
    ),
  };
}

/** Why a review action on a flag was refused. */
export type ReviewProblem = 'not-found' | 'resolved' | 'not-in-flag';
export type ReviewOutcome =
  { ok: true; flag: DuplicateFlag } | { ok: false; problem: ReviewProblem };

function openFlag(db: HqDb, id: number): DuplicateFlag | ReviewProblem {
  const flag = findDuplicateFlag(db, id);
  if (!flag) return 'not-found';
  return flag.status === 'open' ? flag : 'resolved';
}

/** An admin confirms the two customers are different people; call inside a transaction. */
export function confirmDistinct(db: HqDb, id: number, now: string): ReviewOutcome {
  const flag = openFlag(db, id);
  if (typeof flag === 'string') return { ok: false, problem: flag };
  resolveFlag(db, id, 'distinct', null, now);
  return { ok: true, flag: findDuplicateFlag(db, id) ?? flag };
}

/**
 * An admin merges the flagged pair, keeping `keep` (X2): the kept customer gains the other's
 * details (`mergedFields`); the other keeps its account number, now pointing to the kept one
 * (`mergedInto`), and no longer matches duplicates. Both are saved with new row versions, so
 * 1010 takes the merge to the registers. Call inside a transaction.
 */
export function mergeDuplicate(db: HqDb, id: number, keep: string, now: string): ReviewOutcome {
  const flag = openFlag(db, id);
  if (typeof flag === 'string') return { ok: false, problem: flag };
  const kept = flag.customers.find((c) => c.accountNumber === keep);
  const retired = flag.customers.find((c) => c.accountNumber !== keep);
  if (!kept || !retired) return { ok: false, problem: 'not-in-flag' };
  saveChange(db, kept, mergedFields(kept, retired), now);
  saveChange(db, retired, { mergedInto: kept.accountNumber }, now);
  resolveFlag(db, id, 'merged', kept.accountNumber, now);
  repointOpenFlags(db, retired.accountNumber, kept.accountNumber);
  return { ok: true, flag: findDuplicateFlag(db, id) ?? flag };
}
