import { queueHealthSchema, type QueueHealth } from '../../contract/health.ts';
import type { ChannelDb } from './db/channel-db.ts';
import { statement } from '../platform/db/sqlite.ts';
import type { Device } from './devices.ts';

/** What the scale unit last heard from one register (X3). */
export interface RegisterContact {
  registerId: string;
  storeId: string;
  lastSeenAt: string;
  /** The queue report of its last heartbeat, or null before its first one. */
  queue: QueueHealth | null;
}

/** Records that a register called the scale unit now (any authenticated register call). */
export function recordContact(db: ChannelDb, device: Device, now: string): void {
  statement(
    db,
    `INSERT INTO register_health (register_id, store_id, last_seen_at) VALUES (?, ?, ?)
     ON CONFLICT (register_id) DO UPDATE SET
       store_id = excluded.store_id, last_seen_at = excluded.last_seen_at`,
  ).run(device.registerId, device.storeId, now);
}

/** Records a heartbeat's queue report (and the contact) for a register. */
export function recordQueueReport(
  db: ChannelDb,
  device: Device,
  queue: QueueHealth,
  now: string,
): void {
  statement(
    db,
    `INSERT INTO register_health (register_id, store_id, last_seen_at, queue, queue_reported_at)
     VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (register_id) DO UPDATE SET
       store_id = excluded.store_id, last_seen_at = excluded.last_seen_at,
       queue = excluded.queue, queue_reported_at = excluded.queue_reported_at`,
  ).run(device.registerId, device.storeId, now, JSON.stringify(queue), now);
}

/** Every register the scale unit has heard from, by register id. */
export function readRegisterContacts(db: ChannelDb): Map<string, RegisterContact> {
  const rows = statement(
    db,
    `SELECT register_id AS registerId, store_id AS storeId, last_seen_at AS lastSeenAt, queue
     FROM register_health`,
  ).all() as { registerId: string; storeId: string; lastSeenAt: string; queue: string | null }[];
  return new Map(
    rows.map((row) => {
      // A report that no longer reads as the contract's shape counts as no report.
      const queue = row.queue ? queueHealthSchema.safeParse(JSON.parse(row.queue)) : null;
      return [
        row.registerId,
        { ...row, queue: queue?.success ? queue.data : null } satisfies RegisterContact,
      ];
    }),
  );
}
