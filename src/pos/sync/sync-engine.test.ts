import { afterEach, describe, expect, it, vi } from 'vitest';
import { message } from '../../contract/messages.ts';
import type { UploadRequest, UploadResponse } from '../../contract/upload.ts';
import { addAsyncCustomer, outboxSummary } from '../db/outbox-repo.ts';
import type { PosDatabase } from '../db/schema.ts';
import { configuredDatabase, record, testConfig } from '../test-fixtures.ts';
import type { ApiClient, ApiResult } from './api-client.ts';
import type { Connectivity, ConnectivityState } from './connectivity.ts';
import { createObservable } from './observable.ts';
import { createSyncEngine } from './sync-engine.ts';

/**
 * Without Background Sync (iPadOS Safari) only the open page uploads: these tests run the
 * page's sync loop alone, as there, and nobody presses Sync now.
 */

const stops: (() => void)[] = [];
afterEach(() => {
  for (const stop of stops.splice(0)) stop();
});

/** The browser's online state, switched by the test as the network comes and goes. */
function fakeConnectivity(online: boolean) {
  const offline: ConnectivityState = { online: false, reason: 'browser-offline' };
  const state = createObservable<ConnectivityState>(online ? { online, reason: null } : offline);
  const connectivity: Connectivity = {
    get: state.get,
    subscribe: state.subscribe,
    check: () => Promise.resolve(state.get().online),
    reportCommunicationFailure: () => state.set(offline),
    start: () => () => undefined,
  };
  return { connectivity, goOnline: () => state.set({ online: true, reason: null }) };
}

/** A scale unit that answers each upload with the next of `answers`, then accepts everything. */
function fakeApi(answers: ((request: UploadRequest) => ApiResult<UploadResponse>)[] = []) {
  const uploads: UploadRequest[] = [];
  const api = {
    upload: (request: UploadRequest) => {
      uploads.push(request);
      const answer = answers.shift();
      return Promise.resolve(
        answer
          ? answer(request)
          : {
              ok: true as const,
              value: {
                results: request.records.map((r) => ({
                  guid: r.guid,
                  outcome: 'accepted' as const,
                })),
              },
            },
      );
    },
    config: () => Promise.resolve({ ok: true as const, value: testConfig }),
    feed: (since: number) =>
      Promise.resolve({
        ok: true as const,
        value: { customers: [], cursor: since, hasMore: false },
      }),
  };
  return { uploads, api: api as unknown as ApiClient };
}

const uploadedCount = async (db: PosDatabase) => (await outboxSummary(db)).counts.uploaded;

describe('the page sync loop without Background Sync', () => {
  it('uploads a record queued offline as soon as the register is online again', async () => {
    const db = await configuredDatabase();
    await addAsyncCustomer(db, record(), testConfig);
    const { connectivity, goOnline } = fakeConnectivity(false);
    const { uploads, api } = fakeApi();
    // A timer too slow to matter here: coming online alone must start the upload.
    const engine = createSyncEngine({ db, api, connectivity, intervalMs: 60_000 });
    stops.push(engine.start());
    await engine.syncNow();
    expect(uploads).toHaveLength(0);

    goOnline();
    await vi.waitFor(async () => expect(await uploadedCount(db)).toBe(1));
    expect(uploads).toHaveLength(1);
  });

  it('retries a failed upload by itself once its backoff is over', async () => {
    const db = await configuredDatabase();
    await addAsyncCustomer(db, record(), testConfig);
    const { connectivity } = fakeConnectivity(true);
    const busy = () => ({
      ok: false as const,
      failure: {
        kind: 'http' as const,
        status: 503,
        message: message('server-answered', { status: 503 }),
        body: null,
      },
    });
    const { uploads, api } = fakeApi([busy]);
    stops.push(createSyncEngine({ db, api, connectivity, intervalMs: 50 }).start());

    // The first backoff is 0.5–1 s (backoff.ts); the loop sends again when it is over.
    await vi.waitFor(async () => expect(await uploadedCount(db)).toBe(1), { timeout: 3_000 });
    expect(uploads).toHaveLength(2);
  });
});
