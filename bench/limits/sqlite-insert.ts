import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchDraft } from '../harness/bench-drafts.ts';

/**
 * HQ's `customers` table at schema 8, written out here so that no HQ code runs: an integer id,
 * the account number and the async GUID unique, the row version and (store, account) indexed,
 * and the trigram index of Search all stores kept by an insert trigger (issue 14, migration
 * 0008), as the sync job's inserts keep it.
 */
const customersTable = `
  CREATE TABLE customers (
    id INTEGER PRIMARY KEY,
    account_number TEXT NOT NULL UNIQUE,
    async_guid TEXT UNIQUE,
    store_id TEXT NOT NULL,
    search_text TEXT NOT NULL,
    row_version INTEGER NOT NULL,
    data TEXT NOT NULL,
    origin_register_id TEXT
  );
  CREATE INDEX customers_row_version ON customers (row_version);
  CREATE INDEX customers_store_account ON customers (store_id, account_number);
  CREATE VIRTUAL TABLE customer_search USING fts5(
    search_text,
    content = 'customers', content_rowid = 'id', columnsize = 0,
    tokenize = 'trigram case_sensitive 1'
  );
  CREATE TRIGGER customers_search_insert AFTER INSERT ON customers BEGIN
    INSERT INTO customer_search (rowid, search_text) VALUES (new.id, new.search_text);
  END;`;

/**
 * One measurement of the limit: `count` customers as the bench's registers create them (the
 * same drafts, with an account number and a GUID) inserted by better-sqlite3 in one transaction
 * with one prepared statement, into a fresh file database set up as HQ's is (WAL, synchronous
 * NORMAL). Returns rows per second; only the transaction is timed.
 */
function insertRate(count: number, label: string): number {
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
        // The text HQ stores for a person: account, names, display name, e-mail, phone, digits.
        const searchText = [
          customer.accountNumber,
          customer.firstName,
          customer.lastName,
          `${customer.firstName} ${customer.lastName}`,
          customer.organizationName,
          customer.email,
          customer.phone,
          customer.phone.replace(/\D/g, ''),
        ]
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

/** Measurements of the limit per figure: the first runs with a cold JIT and file system. */
const attempts = 3;

/**
 * The sync job's limit: the fastest of `attempts` measurements (see `insertRate`). Measured
 * once, the first of three here gave 14,000 rows/s against 22,000–24,000 for the next two.
 */
export function rawSqliteInsertRate(count: number, label = 'Limit'): number {
  return Math.max(
    ...Array.from({ length: attempts }, (_, attempt) => insertRate(count, `${label}-${attempt}`)),
  );
}
