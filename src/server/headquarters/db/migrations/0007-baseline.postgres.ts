import { sql, type Kysely } from 'kysely';

/**
 * HQ's tables as SQLite has them at schema 7 (migrations 0001–0007), written for PostgreSQL:
 * `bigint` for INTEGER (booleans stay 0/1), `text`, `bytea` for BLOB, an identity for
 * AUTOINCREMENT. Every text column is `COLLATE "C"`: keys and sort columns compare byte by byte
 * as SQLite's BINARY does, whatever the server's locale, and no comparison ever mixes two
 * collations (PostgreSQL refuses `=` between columns of different ones).
 */
const statements = [
  `CREATE TABLE number_sequences (
    id text COLLATE "C" PRIMARY KEY,
    next_value bigint NOT NULL
  )`,
  `CREATE TABLE stores (
    id text COLLATE "C" PRIMARY KEY,
    name text COLLATE "C" NOT NULL,
    async_customer_mode bigint NOT NULL DEFAULT 0,
    default_customer_account text COLLATE "C" NOT NULL
  )`,
  `CREATE TABLE registers (
    id text COLLATE "C" PRIMARY KEY,
    store_id text COLLATE "C" NOT NULL REFERENCES stores (id),
    number text COLLATE "C" NOT NULL,
    retired_at text COLLATE "C",
    UNIQUE (store_id, number)
  )`,
  `CREATE TABLE customers (
    account_number text COLLATE "C" PRIMARY KEY,
    async_guid text COLLATE "C" UNIQUE,
    store_id text COLLATE "C" NOT NULL,
    search_text text COLLATE "C" NOT NULL,
    row_version bigint NOT NULL,
    data text COLLATE "C" NOT NULL,
    origin_register_id text COLLATE "C"
  )`,
  `CREATE INDEX customers_row_version ON customers (row_version)`,
  `CREATE TABLE async_customers (
    guid text COLLATE "C" PRIMARY KEY,
    replication_counter bigint NOT NULL,
    store_id text COLLATE "C" NOT NULL,
    register_id text COLLATE "C" NOT NULL,
    kind text COLLATE "C" NOT NULL,
    payload text COLLATE "C" NOT NULL,
    name text COLLATE "C" NOT NULL,
    status text COLLATE "C" NOT NULL CHECK (status IN ('pending', 'completed', 'failed')),
    account_number text COLLATE "C",
    last_error text COLLATE "C",
    created_at text COLLATE "C" NOT NULL,
    updated_at text COLLATE "C" NOT NULL,
    received_at text COLLATE "C"
  )`,
  `CREATE INDEX async_customers_status ON async_customers (status, replication_counter)`,
  `CREATE INDEX async_customers_received ON async_customers (received_at)`,
  `CREATE TABLE watermarks (
    name text COLLATE "C" PRIMARY KEY,
    value bigint NOT NULL
  )`,
  `CREATE TABLE job_schedules (
    job_id text COLLATE "C" PRIMARY KEY,
    enabled bigint NOT NULL,
    interval_seconds bigint NOT NULL
  )`,
  `CREATE TABLE job_runs (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    job_id text COLLATE "C" NOT NULL,
    trigger text COLLATE "C" NOT NULL,
    started_at text COLLATE "C" NOT NULL,
    ended_at text COLLATE "C",
    read bigint NOT NULL DEFAULT 0,
    done bigint NOT NULL DEFAULT 0,
    failed bigint NOT NULL DEFAULT 0,
    errors text COLLATE "C" NOT NULL DEFAULT '[]'
  )`,
  `CREATE INDEX job_runs_job ON job_runs (job_id, id)`,
  `CREATE TABLE affiliations (
    id text COLLATE "C" PRIMARY KEY,
    name text COLLATE "C" NOT NULL
  )`,
  `CREATE TABLE settings (
    id bigint PRIMARY KEY CHECK (id = 1),
    async_address_creation bigint NOT NULL DEFAULT 0,
    enhanced_async_creation bigint NOT NULL DEFAULT 0,
    async_customer_editing bigint NOT NULL DEFAULT 0,
    filter_shared_customer_data bigint NOT NULL DEFAULT 0
  )`,
  `INSERT INTO settings (id) VALUES (1)`,
  `CREATE TABLE admin_sessions (
    token_hash text COLLATE "C" PRIMARY KEY,
    created_at text COLLATE "C" NOT NULL,
    expires_at text COLLATE "C" NOT NULL
  )`,
  `CREATE INDEX admin_sessions_expiry ON admin_sessions (expires_at)`,
  `CREATE TABLE realtime_creations (
    guid text COLLATE "C" PRIMARY KEY,
    content_hash text COLLATE "C" NOT NULL
  )`,
  `CREATE TABLE customer_contacts (
    contact_key text COLLATE "C" NOT NULL,
    account_number text COLLATE "C" NOT NULL,
    PRIMARY KEY (contact_key, account_number)
  )`,
  `CREATE INDEX customer_contacts_account ON customer_contacts (account_number)`,
  `CREATE TABLE duplicate_flags (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_a text COLLATE "C" NOT NULL,
    account_b text COLLATE "C" NOT NULL,
    reasons text COLLATE "C" NOT NULL,
    status text COLLATE "C" NOT NULL CHECK (status IN ('open', 'distinct', 'merged')),
    flagged_at text COLLATE "C" NOT NULL,
    resolved_at text COLLATE "C",
    kept_account text COLLATE "C",
    UNIQUE (account_a, account_b)
  )`,
  `CREATE INDEX duplicate_flags_status ON duplicate_flags (status, id)`,
  `CREATE TABLE admin_password (
    id bigint PRIMARY KEY CHECK (id = 1),
    salt bytea NOT NULL,
    hash bytea NOT NULL,
    changed_at text COLLATE "C" NOT NULL
  )`,
  `CREATE TABLE scale_unit_status (
    id text COLLATE "C" PRIMARY KEY,
    store_ids text COLLATE "C",
    connected_registers bigint,
    last_contact_at text COLLATE "C",
    last_pull_at text COLLATE "C",
    last_push_at text COLLATE "C",
    last_error text COLLATE "C",
    last_error_at text COLLATE "C",
    config_version text COLLATE "C"
  )`,
];

/**
 * HQ schema 7 on PostgreSQL (design §4.3): PostgreSQL's first step, since no PostgreSQL HQ
 * existed before 0007; 0001–0006 are recorded as run without doing anything.
 */
export async function hqBaselinePostgres(tx: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(tx);
}
