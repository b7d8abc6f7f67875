import { statement } from '../platform/db/sqlite.ts';
import type { HqDb } from './db/hq-db.ts';

/** The number sequences HQ keeps. `row-version` orders every customer change for 1010. */
export type SequenceId = 'customer-account' | 'loyalty-card' | 'customer-row-version';

/** Takes the next value of a number sequence (starting at 1); call inside the writing transaction. */
export function nextInSequence(db: HqDb, id: SequenceId): number {
  const row = statement(
    db,
    `INSERT INTO number_sequences (id, next_value) VALUES (?, 2)
     ON CONFLICT (id) DO UPDATE SET next_value = next_value + 1
     RETURNING next_value - 1 AS value`,
  ).get(id) as { value: number };
  return row.value;
}

/** The next customer account number: "C" and six digits (more once past 999,999). */
export function nextAccountNumber(db: HqDb): string {
  return `C${String(nextInSequence(db, 'customer-account')).padStart(6, '0')}`;
}

/** The next loyalty card number: "LC" and ten digits. */
export function nextLoyaltyCardNumber(db: HqDb): string {
  return `LC${String(nextInSequence(db, 'loyalty-card')).padStart(10, '0')}`;
}

/** The next global customer row version: every customer change at HQ takes one. */
export function nextRowVersion(db: HqDb): number {
  return nextInSequence(db, 'customer-row-version');
}
