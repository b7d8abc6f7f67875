import type { RegisterConfig } from '../../contract/register.ts';
import type { AsyncCustomerRecord } from '../../contract/upload.ts';
import { pendingLocalCustomer } from './customer-mapping.ts';
import {
  InvalidTransitionError,
  outboxStates,
  transition,
  type OutboxEvent,
  type OutboxState,
} from './outbox-state.ts';
import type { OutboxEntry, PosDatabase } from './schema.ts';

/**
 * Saves an asynchronously created customer and its upload-queue entry in ONE transaction
 * (transactional outbox, B2): either both exist or neither. Returns the customer's local ID.
 */
export async function addAsyncCustomer(
  db: PosDatabase,
  record: AsyncCustomerRecord,
  config: Pick<RegisterConfig, 'defaults' | 'storeId'>,
): Promise<number> {
  return db.transaction('rw', db.customers, db.outbox, async () => {
    const customer = pendingLocalCustomer(
      record.guid,
      record.customer,
      config.defaults,
      config.storeId,
      record.createdAt,
    );
    const localId = await db.customers.add(customer);
    const now = Date.now();
    await db.outbox.add({
      recordId: record.guid,
      localId,
      record,
      state: 'pending',
      attempts: 0,
      nextAttemptAt: 0,
      createdAt: now,
      updatedAt: now,
    });
    return localId;
  });
}

/** Marks up to `max` due pending entries as sending, oldest first, and returns them. */
export async function takeDueBatch(
  db: PosDatabase,
  now: number,
  max: number,
): Promise<OutboxEntry[]> {
  return db.transaction('rw', db.outbox, async () => {
    const due = await db.outbox
      .where('state')
      .equals('pending')
      .filter((e) => e.nextAttemptAt <= now)
      .limit(max)
      .toArray();
    const sending = due.map((e) => ({ ...transition(e, { type: 'send' }), updatedAt: now }));
    await db.outbox.bulkPut(sending);
    return sending;
  });
}

/**
 * Applies an event to each listed entry, reading its current state in the same transaction.
 * An entry that moved on meanwhile (e.g. synced by a download) is left as it is.
 */
export async function applyOutboxEvents(
  db: PosDatabase,
  events: ReadonlyMap<number, OutboxEvent>,
  now: number,
): Promise<void> {
  if (events.size === 0) return;
  await db.transaction('rw', db.outbox, async () => {
    const entries = await db.outbox.bulkGet([...events.keys()]);
    const updated: OutboxEntry[] = [];
    for (const entry of entries) {
      const event = entry?.seq === undefined ? undefined : events.get(entry.seq);
      if (!entry || !event) continue;
      try {
        updated.push({ ...transition(entry, event), updatedAt: now });
      } catch (error) {
        if (!(error instanceof InvalidTransitionError)) throw error;
      }
    }
    await db.outbox.bulkPut(updated);
  });
}

/** Puts back entries left "sending" by a drain that died; call only while holding the drain lock. */
export async function releaseInterrupted(db: PosDatabase, now: number): Promise<number> {
  const stale = await db.outbox.where('state').equals('sending').primaryKeys();
  await applyOutboxEvents(
    db,
    new Map(stale.map((seq) => [seq, { type: 'interrupted' } as const])),
    now,
  );
  return stale.length;
}

/** When the next pending entry becomes due (epoch ms), or null when none is pending. */
export async function nextDueAt(db: PosDatabase): Promise<number | null> {
  let earliest: number | null = null;
  await db.outbox
    .where('state')
    .equals('pending')
    .each((e) => {
      if (earliest === null || e.nextAttemptAt < earliest) earliest = e.nextAttemptAt;
    });
  return earliest;
}

/** Entries per state, and the oldest not yet uploaded (for the sync status and queue health). */
export interface OutboxSummary {
  counts: Record<OutboxState, number>;
  oldestPendingAt: number | null;
}
export async function outboxSummary(db: PosDatabase): Promise<OutboxSummary> {
  const entries = await Promise.all(
    outboxStates.map(
      async (state) => [state, await db.outbox.where('state').equals(state).count()] as const,
    ),
  );
  let oldestPendingAt: number | null = null;
  await db.outbox
    .where('state')
    .anyOf('pending', 'sending')
    .each((e) => {
      if (oldestPendingAt === null || e.createdAt < oldestPendingAt) oldestPendingAt = e.createdAt;
    });
  return { counts: Object.fromEntries(entries) as Record<OutboxState, number>, oldestPendingAt };
}

/** The outbox entry of a local customer, if it was created asynchronously here. */
export const outboxEntryFor = (
  db: PosDatabase,
  localId: number,
): Promise<OutboxEntry | undefined> => db.outbox.where('localId').equals(localId).first();
