import { statement } from '../../platform/db/sqlite.ts';
import type { HqDb } from '../db/hq-db.ts';
import type { HqSchema } from '../db/hq-schema.ts';
import { parseStoredMessage, type Message } from '../../../contract/messages.ts';

/** What HQ last heard from one scale unit (the console's Scale units list). */
export interface ScaleUnitStatus {
  id: string;
  /** The stores it said it serves, or null before it first answered. */
  storeIds: string[] | null;
  connectedRegisters: number | null;
  lastContactAt: string | null;
  lastPullAt: string | null;
  lastPushAt: string | null;
  /** The last failure to reach it, or null once a later call succeeded. */
  lastError: Message | null;
  lastErrorAt: string | null;
  /** The version of the channel configuration it last acknowledged. */
  configVersion: string | null;
}

/** A stored row, as the schema interface names it. */
type StatusRow = HqSchema['scale_unit_status'];

function toStatus(row: StatusRow): ScaleUnitStatus {
  return {
    id: row.id,
    storeIds: row.store_ids === null ? null : (JSON.parse(row.store_ids) as string[]),
    connectedRegisters: row.connected_registers,
    lastContactAt: row.last_contact_at,
    lastPullAt: row.last_pull_at,
    lastPushAt: row.last_push_at,
    lastError: row.last_error === null ? null : parseStoredMessage(row.last_error),
    lastErrorAt: row.last_error_at,
    configVersion: row.config_version,
  };
}

function ensureRow(db: HqDb, id: string): void {
  statement(db, 'INSERT INTO scale_unit_status (id) VALUES (?) ON CONFLICT (id) DO NOTHING').run(
    id,
  );
}

/** Every scale unit HQ has a status for, by id. */
export function readScaleUnitStatuses(db: HqDb): Map<string, ScaleUnitStatus> {
  const rows = statement(db, 'SELECT * FROM scale_unit_status').all() as StatusRow[];
  return new Map(rows.map((row) => [row.id, toStatus(row)]));
}

/** A scale unit answered: what it serves, and that it is reachable again. */
export function recordDescription(
  db: HqDb,
  id: string,
  info: { storeIds: string[]; connectedRegisters: number },
  now: string,
): void {
  ensureRow(db, id);
  statement(
    db,
    `UPDATE scale_unit_status SET store_ids = ?, connected_registers = ?, last_contact_at = ?,
       last_error = NULL, last_error_at = NULL WHERE id = ?`,
  ).run(JSON.stringify(info.storeIds), info.connectedRegisters, now, id);
}

/** A job pulled from (P-job) or pushed to (1010) the scale unit successfully. */
export function recordTransfer(db: HqDb, id: string, kind: 'pull' | 'push', now: string): void {
  ensureRow(db, id);
  const column = kind === 'pull' ? 'last_pull_at' : 'last_push_at';
  statement(
    db,
    `UPDATE scale_unit_status SET ${column} = ?, last_contact_at = ?, last_error = NULL,
       last_error_at = NULL WHERE id = ?`,
  ).run(now, now, id);
}

/** The scale unit acknowledged this version of the channel configuration. */
export function recordConfigVersion(db: HqDb, id: string, version: string, now: string): void {
  ensureRow(db, id);
  statement(
    db,
    'UPDATE scale_unit_status SET config_version = ?, last_contact_at = ? WHERE id = ?',
  ).run(version, now, id);
}

/** A call to the scale unit failed (it was not reached, or refused HQ). */
export function recordFailure(db: HqDb, id: string, failure: Message, now: string): void {
  ensureRow(db, id);
  statement(db, 'UPDATE scale_unit_status SET last_error = ?, last_error_at = ? WHERE id = ?').run(
    JSON.stringify(failure),
    now,
    id,
  );
}
