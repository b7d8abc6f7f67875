import { Dexie } from 'dexie';
import type { PosDatabase } from './schema.ts';

/** How long an outbox entry stays once HQ has applied it (`synced`), for support, then goes. */
export const syncedRetentionDays = 7;

const syncedRetentionMs = syncedRetentionDays * 24 * 60 * 60 * 1000;

/**
 * Deletes the outbox entries that have been `synced` for longer than the retention period (by
 * `updatedAt`, the time they became synced), so the database does not grow with every customer
 * the register ever created. Nothing the register shows needs them: the sync center, the
 * customer's queue state and the rescue export list only entries not yet synced, and an entry
 * in any other state is never touched. One read-write transaction over the `[state+updatedAt]`
 * index: costs next to nothing when nothing is due, and callers in two tabs (or a tab and the
 * service worker) at once are serialized by IndexedDB, the later one finding nothing left.
 * Returns how many entries it deleted.
 */
export function pruneSyncedEntries(db: PosDatabase, now: number): Promise<number> {
  return db.transaction('rw', db.outbox, () =>
    db.outbox
      .where('[state+updatedAt]')
      .between(['synced', Dexie.minKey], ['synced', now - syncedRetentionMs], true, false)
      .delete(),
  );
}
