import type { AsyncRecordKind } from '../../contract/upload.ts';
import type { AsyncOperation, AsyncOperationStatus } from '../../contract/hq-admin.ts';
import type { HqDb } from './db/hq-db.ts';
import { statement } from '../platform/db/sqlite.ts';
import { parseStoredMessage, type Message } from '../../contract/messages.ts';

/** An async record as the P-job brings it from the channel database. */
export interface IncomingAsyncRecord {
  guid: string;
  replicationCounter: number;
  storeId: string;
  registerId: string;
  kind: string;
  payload: string;
  name: string;
  /** The customer's account when the record names it (edits and addresses by account number). */
  accountNumber: string | null;
  receivedAt: string;
}

/** A pending operation, as the sync job reads it. */
export interface PendingOperation {
  guid: string;
  kind: AsyncRecordKind;
  replicationCounter: number;
  storeId: string;
  registerId: string;
  payload: string;
}

interface OperationRow {
  guid: string;
  kind: AsyncRecordKind;
  store_id: string;
  register_id: string;
  name: string;
  account_number: string | null;
  status: AsyncOperationStatus;
  last_error: string | null;
  created_at: string;
  updated_at: string;
  payload: string;
}

function toOperation(r: OperationRow): AsyncOperation {
  return {
    guid: r.guid,
    kind: r.kind,
    storeId: r.store_id,
    registerId: r.register_id,
    name: r.name,
    accountNumber: r.account_number,
    status: r.status,
    lastError: r.last_error === null ? null : parseStoredMessage(r.last_error),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/**
 * Stores a record as a pending async operation unless its GUID is already there; true if new.
 * `createdAt` is when the scale unit received it, `received_at` when HQ did (now).
 */
export function insertAsyncOperation(db: HqDb, record: IncomingAsyncRecord, now: string): boolean {
  return (
    statement(
      db,
      `INSERT OR IGNORE INTO async_customers
         (guid, replication_counter, store_id, register_id, kind, payload, name, status,
          account_number, created_at, updated_at, received_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, 'pending', ?, ?, ?, ?)`,
    ).run(
      record.guid,
      record.replicationCounter,
      record.storeId,
      record.registerId,
      record.kind,
      record.payload,
      record.name,
      record.accountNumber,
      record.receivedAt,
      now,
      now,
    ).changes === 1
  );
}

/** Pending operations with a replication counter above `after`, oldest first, at most `limit`. */
export function pendingOperationsAfter(db: HqDb, after: number, limit: number): PendingOperation[] {
  return statement(
    db,
    `SELECT guid, kind, replication_counter AS replicationCounter, store_id AS storeId,
       register_id AS registerId, payload
     FROM async_customers
     WHERE status = 'pending' AND replication_counter > ? ORDER BY replication_counter LIMIT ?`,
  ).all(after, limit) as PendingOperation[];
}

/** The name HQ shows for the operation with this GUID, or null when it has none. */
export function operationName(db: HqDb, guid: string): string | null {
  const row = statement(db, 'SELECT name FROM async_customers WHERE guid = ?').get(guid) as
    { name: string } | undefined;
  return row?.name ?? null;
}

/** Marks an operation completed with the customer's account number. */
export function completeOperation(
  db: HqDb,
  guid: string,
  accountNumber: string,
  now: string,
): void {
  statement(
    db,
    `UPDATE async_customers SET status = 'completed', account_number = ?, last_error = NULL,
       updated_at = ? WHERE guid = ?`,
  ).run(accountNumber, now, guid);
}

/** Marks an operation failed with its last known error. */
export function failOperation(db: HqDb, guid: string, error: Message, now: string): void {
  statement(
    db,
    `UPDATE async_customers SET status = 'failed', last_error = ?, updated_at = ? WHERE guid = ?`,
  ).run(JSON.stringify(error), now, guid);
}

/** Puts an operation back in the queue (Synchronize again, B13); its last error stays. */
export function requeueOperation(db: HqDb, guid: string, now: string): void {
  statement(db, `UPDATE async_customers SET status = 'pending', updated_at = ? WHERE guid = ?`).run(
    now,
    guid,
  );
}

/** Replaces the record HQ holds for an operation (the fix dialog, B13); nothing else changes. */
export function replacePayload(
  db: HqDb,
  guid: string,
  change: { payload: string; name: string },
  now: string,
): void {
  statement(
    db,
    'UPDATE async_customers SET payload = ?, name = ?, updated_at = ? WHERE guid = ?',
  ).run(change.payload, change.name, now, guid);
}

/** One operation with the record HQ holds for it (as stored JSON), or null. */
export function findOperation(
  db: HqDb,
  guid: string,
): { operation: AsyncOperation; payload: string } | null {
  const row = statement(db, 'SELECT * FROM async_customers WHERE guid = ?').get(guid) as
    OperationRow | undefined;
  return row ? { operation: toOperation(row), payload: row.payload } : null;
}

/** Async operations, newest first, optionally filtered by status and store. */
export function listOperations(
  db: HqDb,
  filter: { status?: AsyncOperationStatus | undefined; storeId?: string | undefined },
  limit = 500,
): AsyncOperation[] {
  const rows = statement(
    db,
    `SELECT * FROM async_customers
     WHERE (@status IS NULL OR status = @status) AND (@storeId IS NULL OR store_id = @storeId)
     ORDER BY replication_counter DESC LIMIT @limit`,
  ).all({
    status: filter.status ?? null,
    storeId: filter.storeId ?? null,
    limit,
  }) as OperationRow[];
  return rows.map(toOperation);
}

/** How many operations of each status HQ received in one time bucket. */
export interface OperationBucket {
  start: string;
  pending: number;
  completed: number;
  failed: number;
}

/**
 * Operations by the time HQ received them, in `bucketMinutes` buckets aligned to the clock
 * (the last one holds `now`) covering at least the last `hours`, oldest first, empty ones too;
 * each counts the operations by the status they have now.
 */
export function operationStats(
  db: HqDb,
  now: Date,
  hours: number,
  bucketMinutes: number,
): OperationBucket[] {
  const size = bucketMinutes * 60_000;
  const count = Math.ceil((hours * 60) / bucketMinutes);
  const lastStart = Math.floor(now.getTime() / size) * size;
  const firstStart = lastStart - (count - 1) * size;
  const buckets: OperationBucket[] = Array.from({ length: count }, (_, i) => ({
    start: new Date(firstStart + i * size).toISOString(),
    pending: 0,
    completed: 0,
    failed: 0,
  }));
  const rows = statement(
    db,
    `SELECT received_at AS receivedAt, status, COUNT(*) AS n FROM async_customers
     WHERE received_at >= ? GROUP BY received_at, status`,
  ).all(new Date(firstStart).toISOString()) as {
    receivedAt: string;
    status: AsyncOperationStatus;
    n: number;
  }[];
  for (const row of rows) {
    const bucket = buckets[Math.floor((Date.parse(row.receivedAt) - firstStart) / size)];
    if (bucket) bucket[row.status] += row.n;
  }
  return buckets;
}
