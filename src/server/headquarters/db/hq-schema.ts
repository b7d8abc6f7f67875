import type { ColumnType, Generated } from 'kysely';

/**
 * The HQ tables as Kysely sees them: the only module that knows HQ's columns. SQLite's value
 * types on every dialect: booleans 0/1, times ISO text, JSON documents (`data`, `payload`,
 * `errors`, `reasons`, `store_ids`) text. `Generated` marks a column with a default.
 */
export interface HqSchema {
  number_sequences: { id: string; next_value: number };
  stores: {
    id: string;
    name: string;
    async_customer_mode: Generated<number>;
    default_customer_account: string;
  };
  registers: { id: string; store_id: string; number: string; retired_at: string | null };
  customers: {
    id: Generated<number>;
    account_number: string;
    async_guid: string | null;
    store_id: string;
    search_text: string;
    row_version: number;
    data: string;
    origin_register_id: string | null;
  };
  async_customers: {
    guid: string;
    replication_counter: number;
    store_id: string;
    register_id: string;
    kind: string;
    payload: string;
    name: string;
    status: 'pending' | 'completed' | 'failed';
    account_number: string | null;
    last_error: string | null;
    created_at: string;
    updated_at: string;
    received_at: string | null;
  };
  watermarks: { name: string; value: number };
  job_schedules: { job_id: string; enabled: number; interval_seconds: number };
  job_runs: {
    id: Generated<number>;
    job_id: string;
    trigger: string;
    started_at: string;
    ended_at: string | null;
    read: Generated<number>;
    done: Generated<number>;
    failed: Generated<number>;
    errors: Generated<string>;
  };
  affiliations: { id: string; name: string };
  settings: {
    id: number;
    async_address_creation: Generated<number>;
    enhanced_async_creation: Generated<number>;
    async_customer_editing: Generated<number>;
    filter_shared_customer_data: Generated<number>;
  };
  admin_sessions: { token_hash: string; created_at: string; expires_at: string };
  realtime_creations: { guid: string; content_hash: string };
  customer_contacts: { contact_key: string; account_number: string };
  duplicate_flags: {
    id: Generated<number>;
    account_a: string;
    account_b: string;
    reasons: string;
    status: 'open' | 'distinct' | 'merged';
    flagged_at: string;
    resolved_at: string | null;
    kept_account: string | null;
  };
  admin_password: {
    id: number;
    /** BLOB on SQLite, bytea on PostgreSQL: a Buffer either way. */
    salt: ColumnType<Buffer, Buffer, Buffer>;
    hash: ColumnType<Buffer, Buffer, Buffer>;
    changed_at: string;
  };
  scale_unit_status: {
    id: string;
    store_ids: string | null;
    connected_registers: number | null;
    last_contact_at: string | null;
    last_pull_at: string | null;
    last_push_at: string | null;
    last_error: string | null;
    last_error_at: string | null;
    config_version: string | null;
  };
}
