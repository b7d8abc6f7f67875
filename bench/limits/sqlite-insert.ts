import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchDraft } from '../harness/bench-drafts.ts';

/**
 * The columns and indexes of HQ's `customers` table, written out here so that no HQ code runs:
 * the account number as primary key, the async GUID unique, the row version indexed.
 */
const customersTable = `
  CREATE TABLE customers (
    account_number TEXT PRIMARY KEY,
    async_guid TEXT UNIQUE,
    store_id TEXT NOT NULL,
    search_text TEXT NOT NULL,
    row_version INTEGER NOT NULL,
    data TEXT NOT NULL,
    origin_register_id TEXT
  );
  CREATE INDEX customers_row_version ON customers (row_version);`;

/**
 * The sync job's limit: `count` customers as the bench's registers create them (the same
 * drafts, with an account number and a GUID) inserted by better-sqlite3 in one transaction with
 * one prepared statement, into a fresh file database set up as HQ's is (WAL, synchronous
 * NORMAL). Returns rows per second; only the transaction is timed.
 */
export function rawSqliteInsertRate(count: number, label = 'Limit'): number {
  const dir = mkdtempSync(join(tmpdir(), 'pos-bench-sqlite-'));
  const db = new Database(join(dir, 'limit.db'));
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.exec(customersTable);
    const customers = Array.from({ length: count }, (_, i) => ({
      ...benchDraft(label, i),
      accountNumber: `C${String(i + 1).padStart(6, '0')}`,
      asyncGuid: crypto.randomUUID(),
      storeId: 'S001',
    }));
    const insert = db.prepare(
      `INSERT INTO customers
         (account_number, async_guid, store_id, search_text, row_version, data, origin_register_id)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    const insertAll = db.transaction(() => {
      customers.forEach((customer, i) => {
        const searchText = [customer.accountNumber, customer.firstName, customer.lastName]
          .join(' ')
          .toLowerCase();
        insert.run(
          customer.accountNumber,
          customer.asyncGuid,
          customer.storeId,
          searchText,
          i + 1,
          JSON.stringify(customer),
          'S001-R1',
        );
      });
    });
    const started = performance.now();
    insertAll();
    return count / ((performance.now() - started) / 1000);
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
