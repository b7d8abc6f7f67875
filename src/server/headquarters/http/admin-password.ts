import { randomBytes, scrypt, scryptSync, timingSafeEqual } from 'node:crypto';

/** The HQ console password as the server keeps it: a scrypt hash with a random salt. */
export interface AdminCredential {
  salt: Buffer;
  hash: Buffer;
}

const keyLength = 64;

/** Hashes the console password once, at start-up (scrypt, random 16-byte salt). */
export function hashAdminPassword(password: string): AdminCredential {
  const salt = randomBytes(16);
  return { salt, hash: scryptSync(password, salt, keyLength) };
}

/** Hashes a new console password off the event loop (scrypt, random 16-byte salt). */
export async function hashAdminPasswordAsync(password: string): Promise<AdminCredential> {
  const salt = randomBytes(16);
  return { salt, hash: await scryptKey(password, salt) };
}

function scryptKey(password: string, salt: Buffer): Promise<Buffer> {
  return new Promise<Buffer>((resolve, reject) => {
    scrypt(password, salt, keyLength, (error, key) => {
      if (error) reject(error);
      else resolve(key);
    });
  });
}

/** True when `password` matches; hashes off the event loop and compares in constant time. */
export async function verifyAdminPassword(
  credential: AdminCredential,
  password: string,
): Promise<boolean> {
  const candidate = await scryptKey(password, credential.salt);
  return timingSafeEqual(candidate, credential.hash);
}
