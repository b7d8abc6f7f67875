import type { ActivationResponse, RegisterConfig } from '../../contract/register.ts';
import type { PosDatabase } from './schema.ts';
import { watchQuery } from './watch.ts';

/** The meta keys of what the first screen reads: activation, settings, sync times, storage. */
export const firstScreenKeys = {
  activation: 'activation',
  config: 'config',
  lastUploadAt: 'lastUploadAt',
  lastDownloadAt: 'lastDownloadAt',
  persistentStorage: 'persistentStorage',
} as const;

/**
 * Issue 13: the activation and the settings as stored, read without the contract's schemas so
 * the first screen needs no zod. They are written only from answers the API client validated;
 * the sync layer, loaded right after the first screen, validates them again
 * (`dropInvalidFirstScreenMeta`).
 */
async function readStored<T>(db: PosDatabase, key: string): Promise<T | null> {
  const entry = await db.meta.get(key);
  return entry ? (entry.value as T) : null;
}

/** The register's activation as stored, or null before activation. */
export const readStoredActivation = (db: PosDatabase): Promise<ActivationResponse | null> =>
  readStored(db, firstScreenKeys.activation);

/** The settings last downloaded from HQ as stored, or null before the first download. */
export const readStoredConfig = (db: PosDatabase): Promise<RegisterConfig | null> =>
  readStored(db, firstScreenKeys.config);

/** Resolves once the register is activated: at once if it is, else when an activation is stored. */
export function whenActivated(db: PosDatabase): Promise<void> {
  return new Promise((resolve) => {
    const stop = watchQuery(
      () => readStoredActivation(db),
      (activation) => {
        if (activation === null) return;
        stop(); // live queries answer asynchronously: `stop` is set by then
        resolve();
      },
    );
  });
}

/**
 * Stores the activation HQ answered (the API client validated it); here, for the activation
 * screen, which loads without zod.
 */
export const saveActivation = (db: PosDatabase, value: ActivationResponse): Promise<string> =>
  db.meta.put({ key: firstScreenKeys.activation, value });

/** Forgets the device token (after HQ revoked it), keeping every customer and queued record. */
export const clearActivation = (db: PosDatabase): Promise<void> =>
  db.meta.delete(firstScreenKeys.activation);

/** A stored number or boolean, checked by its type (no schema needed); null when absent or not one. */
async function readPrimitive<T extends 'number' | 'boolean'>(
  db: PosDatabase,
  key: string,
  type: T,
): Promise<(T extends 'number' ? number : boolean) | null> {
  const value = (await db.meta.get(key))?.value;
  return typeof value === type ? (value as T extends 'number' ? number : boolean) : null;
}

/** Times (epoch ms) of the last successful upload and download, for the sync status. */
export interface SyncTimes {
  lastUploadAt: number | null;
  lastDownloadAt: number | null;
}
export async function getSyncTimes(db: PosDatabase): Promise<SyncTimes> {
  const [lastUploadAt, lastDownloadAt] = await Promise.all([
    readPrimitive(db, firstScreenKeys.lastUploadAt, 'number'),
    readPrimitive(db, firstScreenKeys.lastDownloadAt, 'number'),
  ]);
  return { lastUploadAt, lastDownloadAt };
}

/** Whether the browser granted persistent storage (B15); null before the register asked. */
export const getPersistentStorage = (db: PosDatabase): Promise<boolean | null> =>
  readPrimitive(db, firstScreenKeys.persistentStorage, 'boolean');
