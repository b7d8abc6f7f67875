import { describe, expect, it } from 'vitest';
import { plainText } from '../../contract/messages.ts';
import { configuredDatabase, record, testConfig } from '../test-fixtures.ts';
import {
  addAsyncCustomer,
  applyOutboxEvents,
  nextDueAt,
  outboxSummary,
  releaseInterrupted,
  resendEntry,
  takeDueBatch,
} from './outbox-repo.ts';

describe('outbox repository', () => {
  it('writes the customer and its queue entry in one transaction (both or neither)', async () => {
    const db = await configuredDatabase();
    const rec = record();
    await db.outbox.add({
      recordId: rec.guid,
      localId: 999,
      record: rec,
      state: 'pending',
      attempts: 0,
      nextAttemptAt: 0,
      createdAt: 0,
      updatedAt: 0,
    });

    await expect(addAsyncCustomer(db, rec, testConfig)).rejects.toThrow();

    expect(await db.customers.count()).toBe(0);
    expect(await db.outbox.count()).toBe(1);
  });

  it('takes due entries oldest first, marks them sending, and leaves those in backoff', async () => {
    const db = await configuredDatabase();
    for (let i = 0; i < 3; i++) await addAsyncCustomer(db, record(), testConfig);
    const [first] = await db.outbox.toArray();
    await db.outbox.update(first?.seq ?? -1, { nextAttemptAt: 10_000 });

    const batch = await takeDueBatch(db, 5_000, 10);

    expect(batch.map((e) => e.seq)).toEqual([2, 3]);
    expect(batch.every((e) => e.state === 'sending' && e.attempts === 1)).toBe(true);
    expect(await nextDueAt(db)).toBe(10_000);
  });

  it('puts back entries a dead drain left sending', async () => {
    const db = await configuredDatabase();
    await addAsyncCustomer(db, record(), testConfig);
    await takeDueBatch(db, 0, 10);
    expect(await releaseInterrupted(db, 1)).toBe(1);
    expect((await outboxSummary(db)).counts).toMatchObject({ pending: 1, sending: 0 });
  });

  it('does not move an entry back once a download has synced it', async () => {
    const db = await configuredDatabase();
    await addAsyncCustomer(db, record(), testConfig);
    const [entry] = await takeDueBatch(db, 0, 10);
    const seq = entry?.seq ?? -1;
    await applyOutboxEvents(db, new Map([[seq, { type: 'synced' }]]), 1);
    await applyOutboxEvents(db, new Map([[seq, { type: 'accepted' }]]), 2);
    expect((await db.outbox.get(seq))?.state).toBe('synced');
  });

  it('summarises states and the oldest record not yet uploaded', async () => {
    const db = await configuredDatabase();
    await addAsyncCustomer(db, record(), testConfig);
    await addAsyncCustomer(db, record(), testConfig);
    const summary = await outboxSummary(db);
    expect(summary.counts).toEqual({ pending: 2, sending: 0, uploaded: 0, rejected: 0 });
    expect(summary.oldestPendingAt).toBeTypeOf('number');
  });

  it('takes the oldest creation time among pending and sending entries only', async () => {
    const db = await configuredDatabase();
    for (let i = 0; i < 4; i += 1) await addAsyncCustomer(db, record(), testConfig);
    const seqs = await db.outbox.toCollection().primaryKeys();
    const entries = [
      { state: 'synced', createdAt: 100 },
      { state: 'pending', createdAt: 400 },
      { state: 'sending', createdAt: 300 },
      { state: 'pending', createdAt: 500 },
    ] as const;
    await Promise.all(entries.map((entry, i) => db.outbox.update(seqs[i] ?? -1, entry)));
    expect((await outboxSummary(db)).oldestPendingAt).toBe(300);
    await db.outbox.update(seqs[2] ?? -1, { state: 'uploaded' });
    expect((await outboxSummary(db)).oldestPendingAt).toBe(400);
    await db.outbox.where('state').equals('pending').modify({ state: 'synced' });
    expect((await outboxSummary(db)).oldestPendingAt).toBeNull();
  });
});

describe('resendEntry (B14)', () => {
  it('puts a refused creation back in the queue with the fixed customer, in one transaction', async () => {
    const db = await configuredDatabase();
    const rec = record();
    const localId = await addAsyncCustomer(db, rec, testConfig);
    const [entry] = await takeDueBatch(db, 0, 10);
    const seq = entry?.seq ?? -1;
    await applyOutboxEvents(
      db,
      new Map([[seq, { type: 'rejected', reason: plainText('Bad name.') }]]),
      1,
    );

    await resendEntry(db, seq, { ...rec.customer, firstName: 'Fixed' });

    const resent = await db.outbox.get(seq);
    expect(resent).toMatchObject({ state: 'pending', nextAttemptAt: 0, recordId: rec.guid });
    expect(resent?.lastError).toBeUndefined();
    expect(resent?.record.kind === 'customer-create' && resent.record.customer.firstName).toBe(
      'Fixed',
    );
    expect((await db.customers.get(localId))?.firstName).toBe('Fixed');
  });

  it('refuses to resend a record that is not refused', async () => {
    const db = await configuredDatabase();
    await addAsyncCustomer(db, record(), testConfig);
    const [entry] = await db.outbox.toArray();
    await expect(resendEntry(db, entry?.seq ?? -1)).rejects.toThrow('cannot take "resend"');
  });
});
