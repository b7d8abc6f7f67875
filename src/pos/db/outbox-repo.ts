import { Dexie } from 'dexie';
import type { CustomerDraft } from '../../contract/customer.ts';
import type { RegisterConfig } from '../../contract/register.ts';
import type {
  AsyncAddressRecord,
  AsyncCustomerEditRecord,
  AsyncCustomerRecord,
  AsyncRecord,
} from '../../contract/upload.ts';
import { applyDraft, pendingLocalCustomer } from './customer-mapping.ts';
import {
  InvalidTransitionError,
  transition,
  type OutboxEvent,
  type OutboxState,
} from './outbox-state.ts';
import type { LocalCustomer, OutboxEntry, PosDatabase } from './schema.ts';
import { message, MessageError } from '../../contract/messages.ts';

/** Adds a record to the upload queue; call inside a transaction that also writes its data. */
async function enqueue(db: PosDatabase, localId: number, record: AsyncRecord): Promise<void> {
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
}

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
    await enqueue(db, localId, record);
    return localId;
  });
}

/**
 * 10.0.29: applies an edit to a pending customer on the register and queues it behind the
 * creation, in one transaction.
 */
export async function queueCustomerEdit(
  db: PosDatabase,
  localId: number,
  record: AsyncCustomerEditRecord,
): Promise<void> {
  await db.transaction('rw', db.customers, db.outbox, async () => {
    const customer = await db.customers.get(localId);
    if (!customer) throw new MessageError(message('customer-gone'));
    await db.customers.put(applyDraft(customer, record.draft));
    await enqueue(db, localId, record);
  });
}

/**
 * 10.0.22: adds an address on the register (shown as Pending sync) and queues it, in one
 * transaction.
 */
export async function queueAddress(
  db: PosDatabase,
  localId: number,
  record: AsyncAddressRecord,
): Promise<void> {
  await db.transaction('rw', db.customers, db.outbox, async () => {
    const customer = await db.customers.get(localId);
    if (!customer) throw new MessageError(message('customer-gone'));
    const address = { ...record.address, asyncGuid: record.guid };
    await db.customers.put({
      ...customer,
      pendingAddresses: [...customer.pendingAddresses, { recordId: record.guid, address }],
    });
    await enqueue(db, localId, record);
  });
}

/** How many pending entries are due now. */
export const countDue = (db: PosDatabase, now: number): Promise<number> =>
  db.outbox
    .where('state')
    .equals('pending')
    .filter((e) => e.nextAttemptAt <= now)
    .count();

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

/** Makes every pending entry due now (Sync now, or a fresh activation). */
export async function makeAllDue(db: PosDatabase, now: number): Promise<void> {
  const pending = await db.outbox.where('state').equals('pending').primaryKeys();
  await applyOutboxEvents(
    db,
    new Map(pending.map((seq) => [seq, { type: 'retry-now' } as const])),
    now,
  );
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

/**
 * The states the summary counts: every state but `synced`. Synced entries stay for days (see
 * outbox-prune.ts) and nothing shows how many there are, while counting them walked every one
 * of them on each change of the queue (issue 13: the summary is read again on every Save).
 */
const countedStates = [
  'pending',
  'sending',
  'uploaded',
  'rejected',
] as const satisfies readonly OutboxState[];
export type CountedState = (typeof countedStates)[number];

/**
 * Entries per state still waiting or needing attention, and the oldest not yet uploaded (for the
 * sync status and queue health).
 */
export interface OutboxSummary {
  counts: Record<CountedState, number>;
  oldestPendingAt: number | null;
}
export async function outboxSummary(db: PosDatabase): Promise<OutboxSummary> {
  // Read again on every change of the queue: the oldest of each state through the index, so a
  // backlog of thousands is not walked each time one of them is uploaded. Every read at once.
  const [entries, oldest] = await Promise.all([
    Promise.all(
      countedStates.map(
        async (state) => [state, await db.outbox.where('state').equals(state).count()] as const,
      ),
    ),
    Promise.all(
      (['pending', 'sending'] as const).map((state) =>
        db.outbox
          .where('[state+createdAt]')
          .between([state, Dexie.minKey], [state, Dexie.maxKey])
          .first(),
      ),
    ),
  ]);
  const createdAts = oldest.flatMap((entry) => (entry ? [entry.createdAt] : []));
  return {
    counts: Object.fromEntries(entries) as Record<CountedState, number>,
    oldestPendingAt: createdAts.length > 0 ? Math.min(...createdAts) : null,
  };
}

/** A local customer's queued records (its creation, edits and addresses), oldest first. */
export const outboxEntriesFor = (db: PosDatabase, localId: number): Promise<OutboxEntry[]> =>
  db.outbox.where('localId').equals(localId).sortBy('seq');

/** Every queued record not yet applied at HQ, oldest first, for the sync center and rescue export. */
export const openEntries = (db: PosDatabase): Promise<OutboxEntry[]> =>
  db.outbox.where('state').anyOf('pending', 'sending', 'uploaded', 'rejected').sortBy('seq');

/** A queued record with the customer it belongs to, or null when that is gone. */
export interface NamedEntry {
  entry: OutboxEntry;
  customer: LocalCustomer | null;
}

/** `openEntries`, each with its customer (for its name), for the sync center. */
export async function openEntriesWithNames(db: PosDatabase): Promise<NamedEntry[]> {
  const entries = await openEntries(db);
  const customers = await db.customers.bulkGet([...new Set(entries.map((e) => e.localId))]);
  const byId = new Map(
    customers.flatMap((c) => (c?.localId === undefined ? [] : [[c.localId, c] as const])),
  );
  return entries.map((entry) => ({ entry, customer: byId.get(entry.localId) ?? null }));
}

/**
 * Sends a record that needs attention again (B14), after an optional fix of the customer it
 * creates; the local customer takes the fixed fields in the same transaction.
 */
export async function resendEntry(
  db: PosDatabase,
  seq: number,
  fixedCustomer?: CustomerDraft,
): Promise<void> {
  await db.transaction('rw', db.customers, db.outbox, async () => {
    const entry = await db.outbox.get(seq);
    if (!entry) throw new MessageError(message('not-queued'));
    let record = entry.record;
    if (fixedCustomer && record.kind === 'customer-create') {
      record = { ...record, customer: fixedCustomer };
      const customer = await db.customers.get(entry.localId);
      if (customer) await db.customers.put(applyDraft(customer, fixedCustomer));
    }
    await db.outbox.put({
      ...transition({ ...entry, record }, { type: 'resend' }),
      updatedAt: Date.now(),
    });
  });
}
