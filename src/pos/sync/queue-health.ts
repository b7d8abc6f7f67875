import type { QueueHealth } from '../../contract/health.ts';
import { getPersistentStorage, savePersistentStorage } from '../db/meta-repo.ts';
import { outboxSummary } from '../db/outbox-repo.ts';
import type { PosDatabase } from '../db/schema.ts';

/** X3: the queue's health as the register reports it to HQ with each heartbeat. */
export async function queueHealth(db: PosDatabase): Promise<QueueHealth> {
  const { counts, oldestPendingAt } = await outboxSummary(db);
  return {
    waiting: counts.pending + counts.sending,
    needsAttention: counts.rejected,
    oldestWaitingAt: oldestPendingAt === null ? null : new Date(oldestPendingAt).toISOString(),
    persistentStorage: await getPersistentStorage(db),
  };
}

/**
 * B15: asks the browser to keep the register's database even under storage pressure, and
 * remembers the answer for the sync center and HQ. Without the Storage API (or its `persist`)
 * the answer is unknown; without `persisted` it is asked for at once.
 */
export async function requestPersistentStorage(
  db: PosDatabase,
  storage: Partial<Pick<StorageManager, 'persist' | 'persisted'>> | undefined = (
    globalThis.navigator as { storage?: StorageManager } | undefined
  )?.storage,
): Promise<boolean | null> {
  if (typeof storage?.persist !== 'function') return null;
  const granted =
    (typeof storage.persisted === 'function' && (await storage.persisted())) ||
    (await storage.persist());
  await savePersistentStorage(db, granted);
  return granted;
}
