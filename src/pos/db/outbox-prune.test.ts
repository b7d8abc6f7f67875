import { describe, expect, it } from 'vitest';
import { configuredDatabase, hqCustomer, record, testConfig } from '../test-fixtures.ts';
import { saveHqCustomers } from './customers-repo.ts';
import { pruneSyncedEntries, syncedRetentionDays } from './outbox-prune.ts';
import { addAsyncCustomer, outboxEntriesFor } from './outbox-repo.ts';
import type { OutboxState } from './outbox-state.ts';
import { openPosDatabase, type PosDatabase } from './schema.ts';

const day = 24 * 60 * 60 * 1000;
const now = Date.parse('2026-12-07T12:00:00Z');

/** Queues an entry as if it reached `state` at `updatedAt`; returns its record GUID. */
async function entry(db: PosDatabase, state: OutboxState, updatedAt: number): Promise<string> {
  const rec = record();
  await db.outbox.add({
    recordId: rec.guid,
    localId: 1,
    record: rec,
    state,
    attempts: 1,
    nextAttemptAt: 0,
    createdAt: updatedAt - day,
    updatedAt,
  });
  return rec.guid;
}

const remaining = async (db: PosDatabase) =>
  new Set((await db.outbox.toArray()).map((e) => e.recordId));

describe('pruning synced outbox entries', () => {
  it('keeps them for the retention period, then deletes them', async () => {
    expect(syncedRetentionDays).toBe(7);
    const db = await configuredDatabase();
    const old = await entry(db, 'synced', now - 8 * day);
    const justOver = await entry(db, 'synced', now - 7 * day - 1);
    const exactlyDue = await entry(db, 'synced', now - 7 * day);
    const recent = await entry(db, 'synced', now - 2 * day);

    expect(await pruneSyncedEntries(db, now)).toBe(2);

    const kept = await remaining(db);
    expect(kept.has(old)).toBe(false);
    expect(kept.has(justOver)).toBe(false);
    expect(kept).toEqual(new Set([exactlyDue, recent]));
  });

  it('never deletes an entry HQ has not applied yet, however old', async () => {
    const db = await configuredDatabase();
    const open = await Promise.all(
      (['pending', 'sending', 'uploaded', 'rejected'] as const).map((state) =>
        entry(db, state, now - 365 * day),
      ),
    );
    await entry(db, 'synced', now - 30 * day);

    expect(await pruneSyncedEntries(db, now)).toBe(1);
    expect(await remaining(db)).toEqual(new Set(open));
  });

  it('is idempotent: a second run finds nothing left', async () => {
    const db = await configuredDatabase();
    const recent = await entry(db, 'synced', now - day);
    await entry(db, 'synced', now - 10 * day);

    expect(await pruneSyncedEntries(db, now)).toBe(1);
    expect(await pruneSyncedEntries(db, now)).toBe(0);
    expect(await remaining(db)).toEqual(new Set([recent]));
  });

  it('deletes each entry once when two tabs and the service worker prune at once', async () => {
    const db = await configuredDatabase();
    const kept = new Set([
      await entry(db, 'synced', now - day),
      await entry(db, 'uploaded', now - 20 * day),
    ]);
    for (let i = 0; i < 50; i++) await entry(db, 'synced', now - (8 + i) * day);
    const connections = [db, openPosDatabase(db.name), openPosDatabase(db.name)];

    const deleted = await Promise.all(connections.map((c) => pruneSyncedEntries(c, now)));

    expect(deleted.reduce((a, b) => a + b, 0)).toBe(50);
    expect(await remaining(db)).toEqual(kept);
  });

  it('leaves the customer as it is, and a later download of it still applies', async () => {
    const db = await configuredDatabase();
    const rec = record();
    const localId = await addAsyncCustomer(db, rec, testConfig);
    const synced = hqCustomer({ accountNumber: 'C000777', asyncGuid: rec.guid });
    await saveHqCustomers(db, [synced]);
    expect((await outboxEntriesFor(db, localId)).map((e) => e.state)).toEqual(['synced']);

    expect(await pruneSyncedEntries(db, Date.now() + 8 * day)).toBe(1);
    await saveHqCustomers(db, [{ ...synced, version: synced.version + 1, lastName: 'Ito' }]);

    expect(await outboxEntriesFor(db, localId)).toEqual([]);
    expect(await db.customers.count()).toBe(1);
    expect(await db.customers.get(localId)).toMatchObject({
      accountNumber: 'C000777',
      lastName: 'Ito',
      createdHere: 1,
    });
  });
});
