import { backfillContactKeys } from '../contact-index.ts';
import { openSqlite, type Migration, type Sqlite } from '../../platform/db/sqlite.ts';
import { customerSearchSqlite } from './migrations/0008-customer-search.sqlite.ts';

/** The headquarters database: stores, customers, number sequences, async operations, jobs. */
export type HqDb = Sqlite;

/** Every HQ schema step in order; never edit one, append a new one (data directories upgrade in place). */
export const hqMigrations: readonly Migration[] = [
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
  // 2: B9 customer fields, affiliations, settings, admin sessions, HQ receipt time of operations.
  (db) => {
    db.exec(`
      CREATE TABLE affiliations (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL
      );
      CREATE TABLE settings (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        async_address_creation INTEGER NOT NULL DEFAULT 0,
        enhanced_async_creation INTEGER NOT NULL DEFAULT 0,
        async_customer_editing INTEGER NOT NULL DEFAULT 0,
        filter_shared_customer_data INTEGER NOT NULL DEFAULT 0
      );
      INSERT INTO settings (id) VALUES (1);
      CREATE TABLE admin_sessions (
        token_hash TEXT PRIMARY KEY,
        created_at TEXT NOT NULL,
        expires_at TEXT NOT NULL
      );
      CREATE INDEX admin_sessions_expiry ON admin_sessions (expires_at);
      ALTER TABLE async_customers ADD COLUMN received_at TEXT;
      UPDATE async_customers SET received_at = created_at;
      CREATE INDEX async_customers_received ON async_customers (received_at);
      UPDATE customers SET data = json_insert(data,
        '$.title', '', '$.affiliations', json('[]'), '$.secondaryEmails', json('[]'),
        '$.secondaryPhones', json('[]'), '$.appliedEditGuid', NULL);
      UPDATE async_customers SET payload = json_insert(payload,
        '$.customer.title', '', '$.customer.affiliations', json('[]'),
        '$.customer.secondaryEmails', json('[]'), '$.customer.secondaryPhones', json('[]'))
      WHERE kind = 'customer-create';
    `);
  },
  // 3: the content fingerprint of each real-time creation, so a GUID reused for another
  // customer is refused rather than answered with the first one.
  (db) => {
    db.exec(`
      CREATE TABLE realtime_creations (
        guid TEXT PRIMARY KEY,
        content_hash TEXT NOT NULL
      );
    `);
  },
  // 4: X2 duplicates: every customer's contact keys (phone digits, lower-cased e-mail), the
  // likely duplicates the sync job flags for review, and a merged customer's `mergedInto`.
  // Existing customers' keys are filled in by `backfillContactKeys` below.
  (db) => {
    db.exec(`
      CREATE TABLE customer_contacts (
        contact_key TEXT NOT NULL,
        account_number TEXT NOT NULL,
        PRIMARY KEY (contact_key, account_number)
      );
      CREATE INDEX customer_contacts_account ON customer_contacts (account_number);
      CREATE TABLE duplicate_flags (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        account_a TEXT NOT NULL,
        account_b TEXT NOT NULL,
        reasons TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('open', 'distinct', 'merged')),
        flagged_at TEXT NOT NULL,
        resolved_at TEXT,
        kept_account TEXT,
        UNIQUE (account_a, account_b)
      );
      CREATE INDEX duplicate_flags_status ON duplicate_flags (status, id);
      UPDATE customers SET data = json_insert(data, '$.mergedInto', NULL);
    `);
    backfillContactKeys(db);
  },
  // 5: issue 11, stores and registers are the retailer's: a register HQ retired (its device
  // token revoked; it cannot be activated again) keeps its row, so its records still import.
  (db) => {
    db.exec(`ALTER TABLE registers ADD COLUMN retired_at TEXT;`);
  },
  // 6 (issue 11): the console password an administrator chose (a scrypt hash; none until then),
  // and the register each customer was created on, so the feed can filter shared customer data.
  // Async customers learn theirs from the operation that created them; customers created in real
  // time before this version stay unknown (null: no register gets them under the filter).
  (db) => {
    db.exec(`
      CREATE TABLE admin_password (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        salt BLOB NOT NULL,
        hash BLOB NOT NULL,
        changed_at TEXT NOT NULL
      );
      ALTER TABLE customers ADD COLUMN origin_register_id TEXT;
      UPDATE customers SET origin_register_id =
        (SELECT register_id FROM async_customers WHERE guid = customers.async_guid)
      WHERE async_guid IS NOT NULL;
    `);
  },
  // 7 (issue 12): jobs keep a cursor per scale unit. The one scale unit before the split is
  // `local` (what `npm start` runs), so it carries on from where the jobs were. And what HQ last
  // heard from each scale unit, for the console and for finding the scale unit of a store.
  (db) => {
    db.exec(`
      UPDATE watermarks SET name = name || '@local'
      WHERE name IN ('p-job.replication-counter', 'distribution-1010.row-version');
      CREATE TABLE scale_unit_status (
        id TEXT PRIMARY KEY,
        store_ids TEXT,
        connected_registers INTEGER,
        last_contact_at TEXT,
        last_pull_at TEXT,
        last_push_at TEXT,
        last_error TEXT,
        last_error_at TEXT,
        config_version TEXT
      );
    `);
  },
  // 8 (issue 14): `customers.id` and the trigram index behind Search all stores.
  customerSearchSqlite,
];

/** Opens (and migrates) the HQ database; pass ':memory:' in tests. */
export function openHqDb(filename: string): HqDb {
  return openSqlite(filename, hqMigrations);
}
