import type { HqDb } from './db/hq-db.ts';
import { hashAdminPasswordAsync, type AdminCredential } from './http/admin-password.ts';
import {
  forgetChosenAdminPassword,
  readChosenAdminPassword,
  saveChosenAdminPassword,
} from './admin-password-repo.ts';
import { createAdminSession, deleteAllAdminSessions } from './admin-sessions.ts';

/**
 * Where the console password comes from. A password chosen in the console wins over
 * HQ_ADMIN_PASSWORD from then on (README, "The HQ console password"); until one is chosen the
 * environment's is used, and when that is the documented default the console must have a new
 * one chosen, at a sign-in on the server machine, before it does anything else.
 */
export interface AdminPasswordConfig {
  /** HQ_ADMIN_PASSWORD's hash (or the default password's). */
  fromEnv: AdminCredential;
  /** True when HQ_ADMIN_PASSWORD is not set: the environment's password is the default. */
  envIsDefault: boolean;
}

/** The password sign-ins are checked against: the one chosen in the console, else the env's. */
export function adminCredentialInUse(db: HqDb, config: AdminPasswordConfig): AdminCredential {
  return readChosenAdminPassword(db) ?? config.fromEnv;
}

/** True while the default password is in use: nobody set HQ_ADMIN_PASSWORD or chose one. */
export function usesDefaultPassword(db: HqDb, config: AdminPasswordConfig): boolean {
  return config.envIsDefault && readChosenAdminPassword(db) === null;
}

/**
 * Stores a new console password (scrypt, hashed off the event loop), ends every console
 * session and starts one for the administrator who changed it; returns its token.
 */
export async function changeAdminPassword(
  db: HqDb,
  newPassword: string,
  now: Date,
): Promise<string> {
  const credential = await hashAdminPasswordAsync(newPassword);
  return db.transaction(() => {
    saveChosenAdminPassword(db, credential, now.toISOString());
    deleteAllAdminSessions(db);
    return createAdminSession(db, now);
  })();
}

/**
 * `npm run reset-hq-password`, for an administrator who forgot the password chosen in the
 * console: forgets it and ends every session, so HQ_ADMIN_PASSWORD (or the default, on the server
 * machine only) applies again. Returns false when no password had been chosen.
 */
export function resetAdminPassword(db: HqDb): boolean {
  return db.transaction(() => {
    const forgotten = forgetChosenAdminPassword(db);
    deleteAllAdminSessions(db);
    return forgotten;
  })();
}
