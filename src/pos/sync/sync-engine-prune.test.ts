import { describe, expect, it } from 'vitest';
import { addAsyncCustomer } from '../db/outbox-repo.ts';
import { configuredDatabase, record, testConfig } from '../test-fixtures.ts';
import type { ApiClient } from './api-client.ts';
import type { Connectivity, ConnectivityState } from './connectivity.ts';
import { createObservable } from './observable.ts';
import { createSyncEngine } from './sync-engine.ts';

const day = 24 * 60 * 60 * 1000;

/** A register with no network: a run uploads and downloads nothing. */
function offline(): Connectivity {
  const state = createObservable<ConnectivityState>({ online: false, reason: 'browser-offline' });
  return {
    get: state.get,
    subscribe: state.subscribe,
    check: () => Promise.resolve(false),
    reportCommunicationFailure: () => undefined,
    start: () => () => undefined,
  };
}

describe('the sync loop keeps the database small (issue 13)', () => {
  it('prunes synced entries past their retention after a run, even offline', async () => {
    const db = await configuredDatabase();
    const [old, recent, waiting] = [record(), record(), record()];
    for (const rec of [old, recent, waiting]) await addAsyncCustomer(db, rec, testConfig);
    await db.outbox
      .where('recordId')
      .equals(old.guid)
      .modify({
        state: 'synced',
        updatedAt: Date.now() - 8 * day,
      });
    await db.outbox
      .where('recordId')
      .equals(recent.guid)
      .modify({
        state: 'synced',
        updatedAt: Date.now() - day,
      });

    // The loop's network is never reached while offline.
    const api = {} as ApiClient;
    await createSyncEngine({ db, api, connectivity: offline(), intervalMs: 60_000 }).syncNow();

    expect((await db.outbox.orderBy('seq').toArray()).map((e) => [e.recordId, e.state])).toEqual([
      [recent.guid, 'synced'],
      [waiting.guid, 'pending'],
    ]);
  });
});
