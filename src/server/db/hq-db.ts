import { openSqlite, type Migration, type Sqlite } from './sqlite.ts';

/** The headquarters database: stores, customers, number sequences, async operations, jobs. */
export type HqDb = Sqlite;

const hqMigrations: readonly Migration[] = [
  (db) => {
    db.exec(`
      CREATE TABLE number_sequences (
        id TEXT PRIMARY KEY,
        next_value INTEGER NOT NULL
      );
      CREATE TABLE stores (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        async_customer_mode INTEGER NOT NULL DEFAULT 0,
        default_customer_account TEXT NOT NULL
      );
      CREATE TABLE registers (
        id TEXT PRIMARY KEY,
        store_id TEXT NOT NULL REFERENCES stores(id),
        number TEXT NOT NULL,
        UNIQUE (store_id, number)
      );
      CREATE TABLE customers (
        account_number TEXT PRIMARY KEY,
        async_guid TEXT UNIQUE,
        store_id TEXT NOT NULL,
        search_text TEXT NOT NULL,
        row_version INTEGER NOT NULL,
        data TEXT NOT NULL
      );
      CREATE INDEX customers_row_version ON customers (row_version);
      CREATE TABLE async_customers (
        guid TEXT PRIMARY KEY,
        replication_counter INTEGER NOT NULL,
        store_id TEXT NOT NULL,
        register_id TEXT NOT NULL,
        kind TEXT NOT NULL,
        payload TEXT NOT NULL,
        name TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('pending', 'completed', 'failed')),
        account_number TEXT,
        last_error TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX async_customers_status ON async_customers (status, replication_counter);
      CREATE TABLE watermarks (
        name TEXT PRIMARY KEY,
        value INTEGER NOT NULL
      );
      CREATE TABLE job_schedules (
        job_id TEXT PRIMARY KEY,
        enabled INTEGER NOT NULL,
        interval_seconds INTEGER NOT NULL
      );
      CREATE TABLE job_runs (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        job_id TEXT NOT NULL,
        trigger TEXT NOT NULL,
        started_at TEXT NOT NULL,
        ended_at TEXT,
        read INTEGER NOT NULL DEFAULT 0,
        done INTEGER NOT NULL DEFAULT 0,
        failed INTEGER NOT NULL DEFAULT 0,
        errors TEXT NOT NULL DEFAULT '[]'
      );
      CREATE INDEX job_runs_job ON job_runs (job_id, id);
    `);
  },
];

/** Opens (and migrates) the HQ database; pass ':memory:' in tests. */
export function openHqDb(filename: string): HqDb {
  return openSqlite(filename, hqMigrations);
}
