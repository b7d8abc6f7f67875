import { z } from '../../contract/zod.ts';
import { activationResponseSchema, registerConfigSchema } from '../../contract/register.ts';
import type { ActivationResponse, RegisterConfig } from '../../contract/register.ts';
import type { PosDatabase } from './schema.ts';
import { firstScreenKeys } from './stored-meta.ts';

// Issue 13: what the first screen reads and clears lives in stored-meta.ts (no zod).
export {
  clearActivation,
  saveActivation,
  getPersistentStorage,
  getSyncTimes,
  type SyncTimes,
} from './stored-meta.ts';

const keys = {
  ...firstScreenKeys,
  feedCursor: 'feedCursor',
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

/** The settings last downloaded from HQ, cached for offline use. */
export const getConfig = (db: PosDatabase): Promise<RegisterConfig | null> =>
  read(db, keys.config, registerConfigSchema);
export const saveConfig = (db: PosDatabase, value: RegisterConfig): Promise<string> =>
  db.meta.put({ key: keys.config, value });

/**
 * Issue 13: the first screen reads the activation and settings without their schemas
 * (stored-meta.ts); once the schemas have loaded, one that no longer fits is dropped, so the
 * register reads it as missing, as `getActivation` and `getConfig` do.
 */
export async function dropInvalidFirstScreenMeta(db: PosDatabase): Promise<void> {
  const schemas = [
    [keys.activation, activationResponseSchema],
    [keys.config, registerConfigSchema],
  ] as const;
  await db.transaction('rw', db.meta, async () => {
    for (const [key, schema] of schemas) {
      const entry = await db.meta.get(key);
      if (entry && !schema.safeParse(entry.value).success) await db.meta.delete(key);
    }
  });
}

/** Where the customer feed download continues from. */
export const getFeedCursor = async (db: PosDatabase): Promise<number> =>
  (await read(db, keys.feedCursor, z.int().check(z.minimum(0)))) ?? 0;
export const saveFeedCursor = (db: PosDatabase, cursor: number): Promise<string> =>
  db.meta.put({ key: keys.feedCursor, value: cursor });

export const saveLastUploadAt = (db: PosDatabase, at: number): Promise<string> =>
  db.meta.put({ key: keys.lastUploadAt, value: at });
export const saveLastDownloadAt = (db: PosDatabase, at: number): Promise<string> =>
  db.meta.put({ key: keys.lastDownloadAt, value: at });

export const savePersistentStorage = (db: PosDatabase, granted: boolean): Promise<string> =>
  db.meta.put({ key: keys.persistentStorage, value: granted });
