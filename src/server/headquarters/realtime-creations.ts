import { asyncRecordSchema } from '../../contract/upload.ts';
import type { HqDb } from './db/hq-db.ts';
import { statement } from '../platform/db/sqlite.ts';
import { contentHash } from '../platform/canonical-json.ts';

/**
 * The content fingerprint a real-time creation (B1) was made with, or null for a GUID HQ has no
 * fingerprint of (a customer created before fingerprints were kept, or by the sync job).
 */
export function realtimeCreationHash(db: HqDb, guid: string): string | null {
  const row = statement(
    db,
    'SELECT content_hash AS hash FROM realtime_creations WHERE guid = ?',
  ).get(guid) as { hash: string } | undefined;
  return row?.hash ?? null;
}

/** Keeps a real-time creation's fingerprint, so a retry can be told from a reused GUID. */
export function recordRealtimeCreation(db: HqDb, guid: string, hash: string): void {
  statement(db, 'INSERT OR IGNORE INTO realtime_creations (guid, content_hash) VALUES (?, ?)').run(
    guid,
    hash,
  );
}

/**
 * The fingerprint of the draft a customer was first created from with this GUID: its real-time
 * creation, else its asynchronous creation record; null when HQ has neither.
 */
export function creationFingerprint(db: HqDb, guid: string): string | null {
  const realtime = realtimeCreationHash(db, guid);
  if (realtime !== null) return realtime;
  const row = statement(
    db,
    "SELECT payload FROM async_customers WHERE guid = ? AND kind = 'customer-create'",
  ).get(guid) as { payload: string } | undefined;
  if (!row) return null;
  const parsed = asyncRecordSchema.safeParse(JSON.parse(row.payload));
  return parsed.success && parsed.data.kind === 'customer-create'
    ? contentHash(parsed.data.customer)
    : null;
}
