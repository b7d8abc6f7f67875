import { createHash, randomBytes } from 'node:crypto';
import {
  activationCodeLength,
  activationCodeLifetimeMs,
  crockfordAlphabet,
  normalizeActivationCode,
} from '../../contract/activation-code.ts';
import type { IssuedActivationCode } from '../link/link.ts';
import type { ChannelDb } from './db/channel-db.ts';
import { statement } from '../platform/db/sqlite.ts';
import { issueDeviceToken, type Device } from './devices.ts';

function hashCode(code: string): string {
  return createHash('sha256').update(code).digest('hex');
}

/** 8 Crockford base32 characters from 5 random bytes (40 bits, 5 bits a character). */
function randomCode(): string {
  let bits = 0n;
  for (const byte of randomBytes(5)) bits = (bits << 8n) | BigInt(byte);
  let code = '';
  for (let i = activationCodeLength - 1; i >= 0; i -= 1) {
    code += crockfordAlphabet[Number((bits >> BigInt(i * 5)) & 31n)];
  }
  return code;
}

/**
 * Issues a one-time code that activates `device`'s register for the next 15 minutes, replacing
 * the register's unused code if it has one. Only the code's SHA-256 is stored.
 */
export function issueActivationCode(
  db: ChannelDb,
  device: Device,
  now: Date,
): IssuedActivationCode {
  const code = randomCode();
  const expiresAt = new Date(now.getTime() + activationCodeLifetimeMs).toISOString();
  db.transaction(() => {
    discardActivationCodes(db, device.registerId);
    statement(
      db,
      `INSERT INTO activation_codes (code_hash, store_id, register_id, issued_at, expires_at)
       VALUES (?, ?, ?, ?, ?)`,
    ).run(hashCode(code), device.storeId, device.registerId, now.toISOString(), expiresAt);
  })();
  return { code, expiresAt };
}

/**
 * Redeems a typed or scanned code: in one transaction marks it used and issues its register a
 * new device token (which revokes the old one, so the old device works until this succeeds).
 * Null for a code that is malformed, unknown, used or expired: callers must not tell them apart.
 */
export function redeemActivationCode(
  db: ChannelDb,
  input: string,
  now: string,
): { device: Device; deviceToken: string } | null {
  const code = normalizeActivationCode(input);
  if (!code) return null;
  return db.transaction(() => {
    const device = statement(
      db,
      `UPDATE activation_codes SET used_at = ?
       WHERE code_hash = ? AND used_at IS NULL AND expires_at > ?
       RETURNING store_id AS storeId, register_id AS registerId`,
    ).get(now, hashCode(code), now) as Device | undefined;
    if (!device) return null;
    return { device, deviceToken: issueDeviceToken(db, device, now) };
  })();
}

/** Forgets a register's unused codes (it was retired at HQ: no code may activate it again). */
export function discardActivationCodes(db: ChannelDb, registerId: string): void {
  statement(db, 'DELETE FROM activation_codes WHERE register_id = ? AND used_at IS NULL').run(
    registerId,
  );
}
