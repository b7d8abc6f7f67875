import { fieldErrors, firstFieldError } from '../../contract/errors.ts';
import { message, type Message } from '../../contract/messages.ts';
import { asyncRecordSchema, type AsyncRecord, type UploadResult } from '../../contract/upload.ts';
import type { ChannelRecord } from '../link/link.ts';
import type { ChannelDb } from './db/channel-db.ts';
import { statement } from '../platform/db/sqlite.ts';
import { findUnsafeText, unsafeTextMessage } from '../../contract/safe-text.ts';
import { canonicalJson, contentHash } from '../platform/canonical-json.ts';
import type { Device } from './devices.ts';

/** The message an edit or address gets when its pending customer was created at another store. */
export const otherStoreMessage: Message = message('other-store-customer');

/**
 * Store isolation: an edit or address that names a pending customer by its GUID may only come
 * from the store whose register uploaded that customer's creation. A GUID the scale unit has not
 * seen yet is allowed (HQ holds the record until the creation arrives).
 */
function belongsToOtherStore(db: ChannelDb, record: AsyncRecord, storeId: string): boolean {
  if (record.kind === 'customer-create' || !('asyncGuid' in record.customer)) return false;
  const creation = statement(
    db,
    "SELECT store_id AS storeId FROM async_records WHERE guid = ? AND kind = 'customer-create'",
  ).get(record.customer.asyncGuid) as { storeId: string } | undefined;
  return creation !== undefined && creation.storeId !== storeId;
}

/**
 * Stores a batch of uploaded async records, each validated on its own (B5). The GUID is the
 * idempotency key, looked up and inserted in the same transaction as the whole batch:
 * same GUID and content → duplicate; same GUID, other content → rejected; invalid, unsafe text
 * or another store's pending customer → rejected. Register uploads and HQ's rescue import (X4)
 * both come through here, attributed to `device`.
 */
export function intakeAsyncRecords(
  db: ChannelDb,
  device: Device,
  records: readonly { guid: string }[],
  now: string,
): UploadResult[] {
  return db.transaction(() =>
    records.map((raw): UploadResult => {
      const parsed = asyncRecordSchema.safeParse(raw);
      if (!parsed.success) {
        return {
          guid: raw.guid,
          outcome: 'rejected',
          message: firstFieldError(fieldErrors(parsed.error)) ?? message('invalid-value'),
        };
      }
      const unsafePath = findUnsafeText(raw);
      if (unsafePath !== null) {
        return {
          guid: raw.guid,
          outcome: 'rejected',
          message:
            unsafePath === '_'
              ? message(unsafeTextMessage)
              : { ...message(unsafeTextMessage), field: unsafePath },
        };
      }
      const record = parsed.data;
      const hash = contentHash(record);
      const existing = statement(
        db,
        'SELECT content_hash AS hash FROM async_records WHERE guid = ?',
      ).get(record.guid) as { hash: string } | undefined;
      if (existing) {
        return existing.hash === hash
          ? { guid: record.guid, outcome: 'duplicate' }
          : { guid: record.guid, outcome: 'rejected', message: message('guid-reused') };
      }
      if (belongsToOtherStore(db, record, device.storeId)) {
        return { guid: record.guid, outcome: 'rejected', message: otherStoreMessage };
      }
      statement(
        db,
        `INSERT INTO async_records (guid, kind, content_hash, payload, store_id, register_id, received_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        record.guid,
        record.kind,
        hash,
        canonicalJson(record),
        device.storeId,
        device.registerId,
        now,
      );
      return { guid: record.guid, outcome: 'accepted' };
    }),
  )();
}

/** Records with a replication counter above `after`, in counter order (what the P-job reads). */
export function asyncRecordsAfter(db: ChannelDb, after: number, limit: number): ChannelRecord[] {
  return statement(
    db,
    `SELECT replication_counter AS replicationCounter, guid, kind, payload,
            store_id AS storeId, register_id AS registerId, received_at AS receivedAt
     FROM async_records WHERE replication_counter > ? ORDER BY replication_counter LIMIT ?`,
  ).all(after, limit) as ChannelRecord[];
}

/** How many async records the channel database holds. */
export function countAsyncRecords(db: ChannelDb): number {
  return (statement(db, 'SELECT COUNT(*) AS n FROM async_records').get() as { n: number }).n;
}
