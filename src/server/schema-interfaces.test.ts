import type { Selectable } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { openHqDatabase } from './headquarters/db/hq-database.ts';
import type { HqSchema } from './headquarters/db/hq-schema.ts';
import type { Db } from './platform/db/database.ts';
import { openChannelDatabase } from './scale-unit/db/channel-database.ts';
import type { ChannelSchema } from './scale-unit/db/channel-schema.ts';

/**
 * Each table's columns with their nullability, as the schema interface says: the compiler
 * checks these literals against `HqSchema`/`ChannelSchema` (every table and column, and
 * `null` exactly where the interface allows it), the test against the migrated database.
 */
type Columns<Schema> = {
  [T in keyof Schema]: {
    [C in keyof Selectable<Schema[T]>]-?: null extends Selectable<Schema[T]>[C]
      ? 'null'
      : 'not null';
  };
};

const hqColumns: Columns<HqSchema> = {
  admin_password: { id: 'not null', salt: 'not null', hash: 'not null', changed_at: 'not null' },
  admin_sessions: { token_hash: 'not null', created_at: 'not null', expires_at: 'not null' },
  affiliations: { id: 'not null', name: 'not null' },
  async_customers: {
    guid: 'not null',
    replication_counter: 'not null',
    store_id: 'not null',
    register_id: 'not null',
    kind: 'not null',
    payload: 'not null',
    name: 'not null',
    status: 'not null',
    account_number: 'null',
    last_error: 'null',
    created_at: 'not null',
    updated_at: 'not null',
    received_at: 'null',
  },
  customer_contacts: { contact_key: 'not null', account_number: 'not null' },
  customers: {
    id: 'not null',
    account_number: 'not null',
    async_guid: 'null',
    store_id: 'not null',
    search_text: 'not null',
    row_version: 'not null',
    data: 'not null',
    origin_register_id: 'null',
  },
  duplicate_flags: {
    id: 'not null',
    account_a: 'not null',
    account_b: 'not null',
    reasons: 'not null',
    status: 'not null',
    flagged_at: 'not null',
    resolved_at: 'null',
    kept_account: 'null',
  },
  job_runs: {
    id: 'not null',
    job_id: 'not null',
    trigger: 'not null',
    started_at: 'not null',
    ended_at: 'null',
    read: 'not null',
    done: 'not null',
    failed: 'not null',
    errors: 'not null',
  },
  job_schedules: { job_id: 'not null', enabled: 'not null', interval_seconds: 'not null' },
  number_sequences: { id: 'not null', next_value: 'not null' },
  realtime_creations: { guid: 'not null', content_hash: 'not null' },
  registers: { id: 'not null', store_id: 'not null', number: 'not null', retired_at: 'null' },
  scale_unit_status: {
    id: 'not null',
    store_ids: 'null',
    connected_registers: 'null',
    last_contact_at: 'null',
    last_pull_at: 'null',
    last_push_at: 'null',
    last_error: 'null',
    last_error_at: 'null',
    config_version: 'null',
  },
  settings: {
    id: 'not null',
    async_address_creation: 'not null',
    enhanced_async_creation: 'not null',
    async_customer_editing: 'not null',
    filter_shared_customer_data: 'not null',
  },
  stores: {
    id: 'not null',
    name: 'not null',
    async_customer_mode: 'not null',
    default_customer_account: 'not null',
  },
  watermarks: { name: 'not null', value: 'not null' },
};
const channelColumns: Columns<ChannelSchema> = {
  activation_codes: {
    code_hash: 'not null',
    store_id: 'not null',
    register_id: 'not null',
    issued_at: 'not null',
    expires_at: 'not null',
    used_at: 'null',
  },
  async_records: {
    replication_counter: 'not null',
    guid: 'not null',
    kind: 'not null',
    content_hash: 'not null',
    payload: 'not null',
    store_id: 'not null',
    register_id: 'not null',
    received_at: 'not null',
  },
  channel_config: {
    id: 'not null',
    version: 'not null',
    data: 'not null',
    received_at: 'not null',
  },
  channel_customers: {
    account_number: 'not null',
    async_guid: 'null',
    feed_counter: 'not null',
    data: 'not null',
    origin_register_id: 'null',
  },
  counters: { name: 'not null', value: 'not null' },
  devices: {
    token_hash: 'not null',
    store_id: 'not null',
    register_id: 'not null',
    issued_at: 'not null',
    revoked_at: 'null',
  },
  register_health: {
    register_id: 'not null',
    store_id: 'not null',
    last_seen_at: 'not null',
    queue: 'null',
    queue_reported_at: 'null',
  },
};

const opened: { close(): Promise<void> }[] = [];
afterAll(async () => {
  await Promise.all(opened.map((db) => db.close()));
});

/**
 * The tables of a migrated database and their columns: SQLite's and Kysely's own aside, and
 * virtual tables (HQ's FTS5 `customer_search`, queried with raw `MATCH`) with their shadow tables.
 */
async function actualColumns<Schema>(open: () => Promise<Db<Schema>>): Promise<unknown> {
  const db = await open();
  opened.push(db);
  const sqlite = db.sqlite!;
  const tables = sqlite
    .prepare(
      `SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table'
       AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'kysely_%' ORDER BY name`,
    )
    .all() as { name: string }[];
  return Object.fromEntries(
    tables.map(({ name }) => {
      const columns = sqlite.prepare(`PRAGMA table_info("${name}")`).all() as {
        name: string;
        notnull: number;
        pk: number;
      }[];
      // A primary key column holds no null in practice (SQLite allows it on non-integer keys).
      return [
        name,
        Object.fromEntries(columns.map((c) => [c.name, c.notnull || c.pk ? 'not null' : 'null'])),
      ];
    }),
  );
}

describe('the schema interfaces', () => {
  it('name every HQ table and column with its nullability', async () => {
    expect(await actualColumns(() => openHqDatabase(':memory:'))).toEqual(hqColumns);
  });

  it('name every channel table and column with its nullability', async () => {
    expect(await actualColumns(() => openChannelDatabase(':memory:'))).toEqual(channelColumns);
  });
});
