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

/** True when `password` matches; hashes off the event loop and compares in constant time. */
export async function verifyAdminPassword(
  credential: AdminCredential,
  password: string,
): Promise<boolean> {
  const candidate = await new Promise<Buffer>((resolve, reject) => {
    scrypt(password, credential.salt, keyLength, (error, key) => {
      if (error) reject(error);
      else resolve(key);
    });
  });
  return timingSafeEqual(candidate, credential.hash);
}
