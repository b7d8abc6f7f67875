import type { HqDb } from './db/hq-db.ts';
import { statement } from '../platform/db/sqlite.ts';
import type { AdminCredential } from './http/admin-password.ts';

interface PasswordRow {
  salt: Buffer;
  hash: Buffer;
}

/** The console password an administrator chose (its scrypt hash), or null when none was chosen. */
export function readChosenAdminPassword(db: HqDb): AdminCredential | null {
  const row = statement(db, 'SELECT salt, hash FROM admin_password WHERE id = 1').get() as
    PasswordRow | undefined;
  return row ? { salt: row.salt, hash: row.hash } : null;
}

/** Stores a newly chosen console password, replacing the one before. */
export function saveChosenAdminPassword(db: HqDb, credential: AdminCredential, now: string): void {
  statement(
    db,
    `INSERT INTO admin_password (id, salt, hash, changed_at) VALUES (1, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET
       salt = excluded.salt, hash = excluded.hash, changed_at = excluded.changed_at`,
  ).run(credential.salt, credential.hash, now);
}

/** Forgets the chosen console password, so HQ_ADMIN_PASSWORD (or the default) applies again. */
export function forgetChosenAdminPassword(db: HqDb): boolean {
  return statement(db, 'DELETE FROM admin_password WHERE id = 1').run().changes === 1;
}
