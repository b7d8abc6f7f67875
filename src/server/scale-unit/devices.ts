import { createHash, randomBytes } from 'node:crypto';
import type { LinkDevice } from '../link/link.ts';
import type { ChannelDb } from './db/channel-db.ts';
import { statement } from '../platform/db/sqlite.ts';

/** The register a device token belongs to (as the link names a register). */
export type Device = LinkDevice;

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * Issues a new device token for a register (B16) and revokes its previous ones. Only the token's
 * SHA-256 is stored; the token itself is returned once.
 */
export function issueDeviceToken(db: ChannelDb, device: Device, now: string): string {
  const token = randomBytes(32).toString('base64url');
  db.transaction(() => {
    statement(
      db,
      'UPDATE devices SET revoked_at = ? WHERE register_id = ? AND revoked_at IS NULL',
    ).run(now, device.registerId);
    statement(
      db,
      'INSERT INTO devices (token_hash, store_id, register_id, issued_at) VALUES (?, ?, ?, ?)',
    ).run(hashToken(token), device.storeId, device.registerId, now);
  })();
  return token;
}

/** The register a non-revoked token belongs to, or null. */
export function authenticateDevice(db: ChannelDb, token: string): Device | null {
  const row = statement(
    db,
    `SELECT store_id AS storeId, register_id AS registerId FROM devices
     WHERE token_hash = ? AND revoked_at IS NULL`,
  ).get(hashToken(token)) as Device | undefined;
  return row ?? null;
}

/**
 * Revokes every valid token of a register (B16: a lost or stolen device); returns how many were
 * revoked. The register must be activated again to call the scale unit.
 */
export function revokeRegisterTokens(db: ChannelDb, registerId: string, now: string): number {
  return statement(
    db,
    'UPDATE devices SET revoked_at = ? WHERE register_id = ? AND revoked_at IS NULL',
  ).run(now, registerId).changes;
}

/**
 * The registers that hold a valid device token, by register id: their store, and when they were
 * activated (their newest valid token's issue time).
 */
export function activatedRegisters(
  db: ChannelDb,
): Map<string, { storeId: string; activatedAt: string }> {
  const rows = statement(
    db,
    `SELECT register_id AS id, store_id AS storeId, MAX(issued_at) AS activatedAt FROM devices
     WHERE revoked_at IS NULL GROUP BY register_id`,
  ).all() as { id: string; storeId: string; activatedAt: string }[];
  return new Map(rows.map(({ id, ...rest }) => [id, rest]));
}
