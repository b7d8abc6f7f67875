import { z } from 'zod/mini';
import { activationResponseSchema, registerConfigSchema } from '../../contract/register.ts';
import type { ActivationResponse, RegisterConfig } from '../../contract/register.ts';
import type { PosDatabase } from './schema.ts';

const keys = {
  activation: 'activation',
  config: 'config',
  feedCursor: 'feedCursor',
  lastUploadAt: 'lastUploadAt',
  lastDownloadAt: 'lastDownloadAt',
  persistentStorage: 'persistentStorage',
} as const;

async function read<T>(db: PosDatabase, key: string, schema: z.ZodMiniType<T>): Promise<T | null> {
  const entry = await db.meta.get(key);
  if (!entry) return null;
  const parsed = schema.safeParse(entry.value);
  return parsed.success ? parsed.data : null;
}

/** The register's activation (device token, store, register), or null before activation. */
export const getActivation = (db: PosDatabase): Promise<ActivationResponse | null> =>
  read(db, keys.activation, activationResponseSchema);
export const saveActivation = (db: PosDatabase, value: ActivationResponse): Promise<string> =>
  db.meta.put({ key: keys.activation, value });

/** Forgets the device token (after HQ revoked it), keeping every customer and queued record. */
export const clearActivation = (db: PosDatabase): Promise<void> => db.meta.delete(keys.activation);

/** The settings last downloaded from HQ, cached for offline use. */
export const getConfig = (db: PosDatabase): Promise<RegisterConfig | null> =>
  read(db, keys.config, registerConfigSchema);
export const saveConfig = (db: PosDatabase, value: RegisterConfig): Promise<string> =>
  db.meta.put({ key: keys.config, value });

/** Where the customer feed download continues from. */
export const getFeedCursor = async (db: PosDatabase): Promise<number> =>
  (await read(db, keys.feedCursor, z.int().check(z.minimum(0)))) ?? 0;
export const saveFeedCursor = (db: PosDatabase, cursor: number): Promise<string> =>
  db.meta.put({ key: keys.feedCursor, value: cursor });

/** Times (epoch ms) of the last successful upload and download, for the sync status. */
export interface SyncTimes {
  lastUploadAt: number | null;
  lastDownloadAt: number | null;
}
export async function getSyncTimes(db: PosDatabase): Promise<SyncTimes> {
  const time = z.number();
  return {
    lastUploadAt: await read(db, keys.lastUploadAt, time),
    lastDownloadAt: await read(db, keys.lastDownloadAt, time),
  };
}
export const saveLastUploadAt = (db: PosDatabase, at: number): Promise<string> =>
  db.meta.put({ key: keys.lastUploadAt, value: at });
export const saveLastDownloadAt = (db: PosDatabase, at: number): Promise<string> =>
  db.meta.put({ key: keys.lastDownloadAt, value: at });

/** Whether the browser granted persistent storage (B15); null before the register asked. */
export const getPersistentStorage = async (db: PosDatabase): Promise<boolean | null> =>
  read(db, keys.persistentStorage, z.boolean());
export const savePersistentStorage = (db: PosDatabase, granted: boolean): Promise<string> =>
  db.meta.put({ key: keys.persistentStorage, value: granted });
