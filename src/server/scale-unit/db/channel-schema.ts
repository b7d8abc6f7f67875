import type { Generated } from 'kysely';

/**
 * The scale unit's tables as Kysely sees them: the only module that knows their columns. SQLite's
 * value types on every dialect: times ISO text, JSON documents (`data`, `payload`, `queue`) text.
 */
export interface ChannelSchema {
  devices: {
    token_hash: string;
    store_id: string;
    register_id: string;
    issued_at: string;
    revoked_at: string | null;
  };
  async_records: {
    /** AUTOINCREMENT today; taken in blocks from `counters('replication')` from WP E on. */
    replication_counter: Generated<number>;
    guid: string;
    kind: string;
    content_hash: string;
    payload: string;
    store_id: string;
    register_id: string;
    received_at: string;
  };
  channel_customers: {
    account_number: string;
    async_guid: string | null;
    feed_counter: number;
    data: string;
    origin_register_id: string | null;
  };
  counters: { name: string; value: number };
  register_health: {
    register_id: string;
    store_id: string;
    last_seen_at: string;
    queue: string | null;
    queue_reported_at: string | null;
  };
  activation_codes: {
    code_hash: string;
    store_id: string;
    register_id: string;
    issued_at: string;
    expires_at: string;
    used_at: string | null;
  };
  channel_config: { id: number; version: string; data: string; received_at: string };
}
