import { createHash, randomBytes } from 'node:crypto';
import type { HqDb } from './db/hq-db.ts';
import { statement } from '../platform/db/sqlite.ts';

/** How long an HQ console session lasts. */
export const adminSessionHours = 12;

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * Starts an HQ console session: returns a random token (32 bytes, base64url) for the cookie and
 * stores only its SHA-256, with an expiry. Expired sessions are purged on the way.
 */
export function createAdminSession(db: HqDb, now: Date): string {
  const token = randomBytes(32).toString('base64url');
  const expires = new Date(now.getTime() + adminSessionHours * 3_600_000);
  db.transaction(() => {
    statement(db, 'DELETE FROM admin_sessions WHERE expires_at <= ?').run(now.toISOString());
    statement(
      db,
      'INSERT INTO admin_sessions (token_hash, created_at, expires_at) VALUES (?, ?, ?)',
    ).run(hashToken(token), now.toISOString(), expires.toISOString());
  })();
  return token;
}

/** True when the token belongs to a session that has not expired. */
export function isAdminSessionValid(db: HqDb, token: string, now: Date): boolean {
  return (
    statement(db, 'SELECT 1 FROM admin_sessions WHERE token_hash = ? AND expires_at > ?').get(
      hashToken(token),
      now.toISOString(),
    ) !== undefined
  );
}

/** Ends a session (sign out); unknown tokens are ignored. */
export function deleteAdminSession(db: HqDb, token: string): void {
  statement(db, 'DELETE FROM admin_sessions WHERE token_hash = ?').run(hashToken(token));
}

/** Ends every console session (the password changed). */
export function deleteAllAdminSessions(db: HqDb): void {
  statement(db, 'DELETE FROM admin_sessions').run();
}
