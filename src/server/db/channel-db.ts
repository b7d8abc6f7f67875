import { openSqlite, type Migration, type Sqlite } from './sqlite.ts';

/** The scale unit's channel database: devices, uploaded async records, the customer feed. */
export type ChannelDb = Sqlite;

const channelMigrations: readonly Migration[] = [
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
];

/** Opens (and migrates) the channel database; pass ':memory:' in tests. */
export function openChannelDb(filename: string): ChannelDb {
  return openSqlite(filename, channelMigrations);
}
