import type { AsyncOperation, AsyncOperationStatus } from '../../contract/hq-admin.ts';
import type { HqDb } from '../db/hq-db.ts';
import { statement } from '../db/sqlite.ts';

/** An async record as the P-job brings it from the channel database. */
export interface IncomingAsyncRecord {
  guid: string;
  replicationCounter: number;
  storeId: string;
  registerId: string;
  kind: string;
  payload: string;
  name: string;
  receivedAt: string;
}

/** A pending operation, as the sync job reads it. */
export interface PendingOperation {
  guid: string;
  storeId: string;
  payload: string;
}

interface OperationRow {
  guid: string;
  store_id: string;
  register_id: string;
  name: string;
  account_number: string | null;
  status: AsyncOperationStatus;
  last_error: string | null;
  created_at: string;
  updated_at: string;
}

/** Stores a record as a pending async operation unless its GUID is already there; true if new. */
export function insertAsyncOperation(db: HqDb, record: IncomingAsyncRecord, now: string): boolean {
  return (
    statement(
      db,
      `INSERT OR IGNORE INTO async_customers
         (guid, replication_counter, store_id, register_id, kind, payload, name, status,
          created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, 'pending', ?, ?)`,
    ).run(
      record.guid,
      record.replicationCounter,
      record.storeId,
      record.registerId,
      record.kind,
      record.payload,
      record.name,
      record.receivedAt,
      now,
    ).changes === 1
  );
}

/** The oldest pending operations, at most `limit`. */
export function pendingOperations(db: HqDb, limit: number): PendingOperation[] {
  return statement(
    db,
    `SELECT guid, store_id AS storeId, payload FROM async_customers
     WHERE status = 'pending' ORDER BY replication_counter LIMIT ?`,
  ).all(limit) as PendingOperation[];
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
export function failOperation(db: HqDb, guid: string, error: string, now: string): void {
  statement(
    db,
    `UPDATE async_customers SET status = 'failed', last_error = ?, updated_at = ? WHERE guid = ?`,
  ).run(error, now, guid);
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
  return rows.map((r) => ({
    guid: r.guid,
    storeId: r.store_id,
    registerId: r.register_id,
    name: r.name,
    accountNumber: r.account_number,
    status: r.status,
    lastError: r.last_error,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  }));
}
