import { canonicalJson, contentHash } from '../../platform/canonical-json.ts';
import { openSqlite, type Migration, type Sqlite } from '../../platform/db/sqlite.ts';

/**
 * The scale unit's channel database: devices and their activation codes, uploaded async records,
 * the customer feed.
 */
export type ChannelDb = Sqlite;

/** Every channel schema step in order; never edit one, append a new one. */
export const channelMigrations: readonly Migration[] = [
  (db) => {
    db.exec(`
      CREATE TABLE devices (
        token_hash TEXT PRIMARY KEY,
        store_id TEXT NOT NULL,
        register_id TEXT NOT NULL,
        issued_at TEXT NOT NULL,
        revoked_at TEXT
      );
      CREATE INDEX devices_register ON devices (register_id, revoked_at);
      CREATE TABLE async_records (
        replication_counter INTEGER PRIMARY KEY AUTOINCREMENT,
        guid TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        payload TEXT NOT NULL,
        store_id TEXT NOT NULL,
        register_id TEXT NOT NULL,
        received_at TEXT NOT NULL
      );
      CREATE TABLE channel_customers (
        account_number TEXT PRIMARY KEY,
        async_guid TEXT,
        feed_counter INTEGER NOT NULL UNIQUE,
        data TEXT NOT NULL
      );
      CREATE TABLE counters (
        name TEXT PRIMARY KEY,
        value INTEGER NOT NULL
      );
    `);
  },
  // 2: B9 customer fields. Stored customers get the new fields and a new feed counter (so
  // registers download them again in the new shape); stored create records get the new draft
  // fields with their content hash recomputed, so a retry in the new shape is still a duplicate.
  (db) => {
    db.exec(`
      UPDATE channel_customers SET
        data = json_insert(data, '$.title', '', '$.affiliations', json('[]'),
          '$.secondaryEmails', json('[]'), '$.secondaryPhones', json('[]'),
          '$.appliedEditGuid', NULL),
        feed_counter = feed_counter + (SELECT COALESCE(MAX(feed_counter), 0) FROM channel_customers);
      UPDATE counters SET value = (SELECT COALESCE(MAX(feed_counter), 0) FROM channel_customers)
      WHERE name = 'feed';
    `);
    const rows = db
      .prepare("SELECT guid, payload FROM async_records WHERE kind = 'customer-create'")
      .all() as { guid: string; payload: string }[];
    const update = db.prepare(
      'UPDATE async_records SET payload = ?, content_hash = ? WHERE guid = ?',
    );
    for (const row of rows) {
      const record = JSON.parse(row.payload) as { customer: Record<string, unknown> };
      record.customer = {
        title: '',
        affiliations: [],
        secondaryEmails: [],
        secondaryPhones: [],
        ...record.customer,
      };
      update.run(canonicalJson(record), contentHash(record), row.guid);
    }
  },
  // 3: X3 register health: when each register was last in contact, and its last queue report.
  (db) => {
    db.exec(`
      CREATE TABLE register_health (
        register_id TEXT PRIMARY KEY,
        store_id TEXT NOT NULL,
        last_seen_at TEXT NOT NULL,
        queue TEXT,
        queue_reported_at TEXT
      );
    `);
  },
  // 4: X2: a customer merged at HQ points to the one it was merged into (null otherwise).
  (db) => {
    db.exec(`UPDATE channel_customers SET data = json_insert(data, '$.mergedInto', NULL);`);
  },
  // 5: issue 11: one-time activation codes HQ issues per register (only their SHA-256 is kept).
  (db) => {
    db.exec(`
      CREATE TABLE activation_codes (
        code_hash TEXT PRIMARY KEY,
        store_id TEXT NOT NULL,
        register_id TEXT NOT NULL,
        issued_at TEXT NOT NULL,
        expires_at TEXT NOT NULL,
        used_at TEXT
      );
      CREATE INDEX activation_codes_register ON activation_codes (register_id, used_at);
    `);
  },
  // 6 (issue 11): the register each customer was created on (null when unknown), so the feed
  // sends a register only its own customers while shared customer data is filtered (B4).
  (db) => {
    db.exec(`
      ALTER TABLE channel_customers ADD COLUMN origin_register_id TEXT;
      UPDATE channel_customers SET origin_register_id =
        (SELECT register_id FROM async_records WHERE guid = channel_customers.async_guid)
      WHERE async_guid IS NOT NULL;
      CREATE INDEX channel_customers_origin ON channel_customers (origin_register_id, feed_counter);
    `);
  },
  // 7 (issue 12): the channel configuration HQ last pushed (settings, affiliations, stores), so
  // the scale unit serves its registers while HQ is away.
  (db) => {
    db.exec(`
      CREATE TABLE channel_config (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        version TEXT NOT NULL,
        data TEXT NOT NULL,
        received_at TEXT NOT NULL
      );
    `);
  },
];

/** Opens (and migrates) the channel database; pass ':memory:' in tests. */
export function openChannelDb(filename: string): ChannelDb {
  return openSqlite(filename, channelMigrations);
}
