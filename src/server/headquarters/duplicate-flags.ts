import type { DuplicateReason } from '../../contract/contact-keys.ts';
import type { DuplicateFlag, DuplicateStatus } from '../../contract/duplicates.ts';
import type { HqDb } from './db/hq-db.ts';
import { statement } from '../platform/db/sqlite.ts';
import { sharedContactsInRange } from './contact-index.ts';
import { findCustomer } from './customers.ts';
import { advanceWatermark, readWatermark } from './watermarks.ts';

const watermark = 'duplicate-check.row-version';

interface FlagRow {
  id: number;
  accountA: string;
  accountB: string;
  reasons: string;
  status: DuplicateStatus;
  flaggedAt: string;
  resolvedAt: string | null;
  keptAccount: string | null;
}

const flagColumns = `id, account_a AS accountA, account_b AS accountB, reasons, status,
  flagged_at AS flaggedAt, resolved_at AS resolvedAt, kept_account AS keptAccount`;

/** Older account first: shorter numbers, then alphabetical (C000002 before C000010). */
export function olderFirst(a: string, b: string): [string, string] {
  const aFirst = a.length !== b.length ? a.length < b.length : a < b;
  return aFirst ? [a, b] : [b, a];
}

/** Flags a pair as a likely duplicate, unless it was flagged before (whatever became of it). */
export function flagPair(
  db: HqDb,
  accounts: [string, string],
  reasons: readonly DuplicateReason[],
  now: string,
): boolean {
  const [a, b] = olderFirst(...accounts);
  const { changes } = statement(
    db,
    `INSERT INTO duplicate_flags (account_a, account_b, reasons, status, flagged_at)
     VALUES (?, ?, ?, 'open', ?) ON CONFLICT (account_a, account_b) DO NOTHING`,
  ).run(a, b, JSON.stringify(reasons), now);
  return changes > 0;
}

/**
 * The sync job's duplicate check (X2): the next `limit` customers changed since the last check —
 * created by the job or in real time, or edited — against the customers sharing their phone or
 * e-mail, in any store. Call inside a transaction; returns how many customers it checked (fewer
 * than `limit` means it is done) and how many pairs it flagged.
 */
export function flagLikelyDuplicates(
  db: HqDb,
  now: string,
  limit: number,
): { checked: number; flagged: number } {
  const after = readWatermark(db, watermark);
  const { checked, upTo } = statement(
    db,
    `SELECT COUNT(*) AS checked, MAX(row_version) AS upTo FROM (
       SELECT row_version FROM customers WHERE row_version > ? ORDER BY row_version LIMIT ?
     )`,
  ).get(after, limit) as { checked: number; upTo: number | null };
  if (upTo === null) return { checked: 0, flagged: 0 };
  let flagged = 0;
  for (const { account, other, reasons } of sharedContactsInRange(db, after, upTo)) {
    if (flagPair(db, [account, other], reasons, now)) flagged += 1;
  }
  advanceWatermark(db, watermark, upTo);
  return { checked, flagged };
}

/** Customers stored so far are not checked (demo data: random phone numbers may collide). */
export function skipDuplicateCheckOfExisting(db: HqDb): void {
  const { version } = statement(
    db,
    'SELECT COALESCE(MAX(row_version), 0) AS version FROM customers',
  ).get() as { version: number };
  advanceWatermark(db, watermark, version);
}

function toFlag(db: HqDb, row: FlagRow): DuplicateFlag | null {
  const a = findCustomer(db, row.accountA);
  const b = findCustomer(db, row.accountB);
  if (!a || !b) return null;
  return {
    id: row.id,
    customers: [a, b],
    reasons: JSON.parse(row.reasons) as DuplicateReason[],
    status: row.status,
    flaggedAt: row.flaggedAt,
    resolvedAt: row.resolvedAt,
    keptAccount: row.keptAccount,
  };
}

/** One flag with both customers as HQ holds them now, or null. */
export function findDuplicateFlag(db: HqDb, id: number): DuplicateFlag | null {
  const row = statement(db, `SELECT ${flagColumns} FROM duplicate_flags WHERE id = ?`).get(id) as
    FlagRow | undefined;
  return row ? toFlag(db, row) : null;
}

/** Open flags, oldest first (the review queue), or resolved ones, most recent first. */
export function listDuplicateFlags(
  db: HqDb,
  which: 'open' | 'resolved',
  limit: number,
): { flags: DuplicateFlag[]; total: number } {
  const where = which === 'open' ? "status = 'open'" : "status <> 'open'";
  const order = which === 'open' ? 'id' : 'resolved_at DESC, id DESC';
  const rows = statement(
    db,
    `SELECT ${flagColumns} FROM duplicate_flags WHERE ${where} ORDER BY ${order} LIMIT ?`,
  ).all(limit) as FlagRow[];
  const { total } = statement(
    db,
    `SELECT COUNT(*) AS total FROM duplicate_flags WHERE ${where}`,
  ).get() as {
    total: number;
  };
  return { flags: rows.flatMap((row) => toFlag(db, row) ?? []), total };
}

/** Records how an admin resolved a flag. */
export function resolveFlag(
  db: HqDb,
  id: number,
  status: Exclude<DuplicateStatus, 'open'>,
  keptAccount: string | null,
  now: string,
): void {
  statement(
    db,
    'UPDATE duplicate_flags SET status = ?, kept_account = ?, resolved_at = ? WHERE id = ?',
  ).run(status, keptAccount, now, id);
}

/**
 * After `retired` was merged into `kept`: its other open flags now name `kept` instead (the
 * other customer may still duplicate the kept one), unless that pair is flagged already.
 */
export function repointOpenFlags(db: HqDb, retired: string, kept: string): void {
  const rows = statement(
    db,
    `SELECT ${flagColumns} FROM duplicate_flags
     WHERE status = 'open' AND (account_a = ? OR account_b = ?)`,
  ).all(retired, retired) as FlagRow[];
  for (const row of rows) {
    const other = row.accountA === retired ? row.accountB : row.accountA;
    statement(db, 'DELETE FROM duplicate_flags WHERE id = ?').run(row.id);
    if (other !== kept) {
      flagPair(db, [kept, other], JSON.parse(row.reasons) as DuplicateReason[], row.flaggedAt);
    }
  }
}
