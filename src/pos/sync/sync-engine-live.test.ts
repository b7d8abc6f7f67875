import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { message } from '../../contract/messages.ts';
import type { RegisterTopic } from '../../contract/register-events.ts';
import { addAsyncCustomer } from '../db/outbox-repo.ts';
import { configuredDatabase, record, testConfig } from '../test-fixtures.ts';
import type { ApiClient } from './api-client.ts';
import type { Connectivity, ConnectivityState } from './connectivity.ts';
import { createObservable } from './observable.ts';
import type { LiveState, LiveUpdateHandlers, LiveUpdates } from './register-events.ts';
import { createSyncEngine } from './sync-engine.ts';

/** An event stream the test switches between live and down, and pokes through. */
function fakeLive() {
  const state = createObservable<LiveState>('connecting');
  let handlers: LiveUpdateHandlers | null = null;
  const reconnects = { count: 0 };
  const live: LiveUpdates = {
    state,
    start: (h) => {
      handlers = h;
      return () => (handlers = null);
    },
    reconnectNow: () => void (reconnects.count += 1),
  };
  const must = () => {
    if (!handlers) throw new Error('not started');
    return handlers;
  };
  return {
    live,
    reconnects,
    hello: () => {
      state.set('live');
      must().onConnected();
    },
    down: () => {
      must().onDown();
      state.set('down');
    },
    poke: (topics: RegisterTopic[]) => must().onPoke(topics),
  };
}

/** Counts every request the register sends: heartbeat, upload, config and feed. */
function countingApi(options: { slowFeed?: boolean } = {}) {
  const sent = { heartbeat: 0, upload: 0, config: 0, feed: 0 };
  let inFlight = 0;
  let maxInFlight = 0;
  const releases: (() => void)[] = [];
  const api = {
    upload: () => {
      sent.upload += 1;
      return Promise.resolve({ ok: true as const, value: { results: [] } });
    },
    config: () => {
      sent.config += 1;
      return Promise.resolve({ ok: true as const, value: testConfig });
    },
    feed: async (since: number) => {
      sent.feed += 1;
      inFlight += 1;
      maxInFlight = Math.max(maxInFlight, inFlight);
      if (options.slowFeed) await new Promise<void>((resolve) => releases.push(resolve));
      inFlight -= 1;
      return { ok: true as const, value: { customers: [], cursor: since, hasMore: false } };
    },
  };
  const state = createObservable<ConnectivityState>({ online: true, reason: null });
  const connectivity: Connectivity = {
    get: state.get,
    subscribe: state.subscribe,
    check: () => {
      sent.heartbeat += 1;
      return Promise.resolve(true);
    },
    reportCommunicationFailure: () => state.set({ online: false, reason: 'call-failed' }),
    start: () => () => undefined,
  };
  return {
    api: api as unknown as ApiClient,
    connectivity,
    sent,
    total: () => sent.heartbeat + sent.upload + sent.config + sent.feed,
    maxInFlight: () => maxInFlight,
    releaseFeed: () => releases.shift()?.(),
    pendingFeeds: () => releases.length,
  };
}

const stops: (() => void)[] = [];
beforeEach(() => {
  // Only the clock's timers: fake-indexeddb schedules its work with setImmediate.
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
});
afterEach(() => {
  for (const stop of stops.splice(0)) stop();
  vi.useRealTimers();
});

const minute = 60_000;

/**
 * Waits (on real setImmediate turns, without moving the fake clock as vi.waitFor would) until
 * `check` passes.
 */
async function until(check: () => void): Promise<void> {
  for (let turn = 0; ; turn += 1) {
    try {
      check();
      return;
    } catch (error) {
      if (turn > 2000) throw error;
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
}

async function started(options: { slowFeed?: boolean } = {}) {
  const db = await configuredDatabase();
  const server = countingApi(options);
  const stream = fakeLive();
  const engine = createSyncEngine({
    db,
    api: server.api,
    connectivity: server.connectivity,
    intervalMs: 5000,
    liveUpdates: stream.live,
  });
  stops.push(engine.start());
  // The run start() began (syncNow shares it), to its end.
  const first = engine.syncNow();
  if (options.slowFeed) {
    await until(() => expect(server.pendingFeeds()).toBe(1));
    server.releaseFeed();
  }
  await first;
  expect(server.sent.feed).toBe(1);
  return { db, engine, server, stream };
}

describe('the sync loop with the event stream (issue 12)', () => {
  it('sends no request at all while the stream is live and nothing waits to upload', async () => {
    const { server, stream } = await started();
    stream.hello();
    await until(() => expect(server.sent.feed).toBe(2));
    const before = server.total();
    await vi.advanceTimersByTimeAsync(10 * minute);
    expect(server.total()).toBe(before);
  });

  it('polls heartbeat, config and feed once a minute while the stream is down', async () => {
    const { engine, server, stream } = await started();
    stream.hello();
    await engine.syncNow(); // the run hello started
    expect(server.sent.feed).toBe(2);
    stream.down();
    await engine.syncNow(); // the run the fall started
    expect(server.sent.feed).toBe(3);
    await until(() => expect(vi.getTimerCount()).toBe(1));
    expect(engine.live.get()).toBe('down');
    const before = { ...server.sent };
    await vi.advanceTimersByTimeAsync(minute - 1);
    expect(server.sent).toEqual(before);
    await vi.advanceTimersByTimeAsync(1);
    await until(() => expect(server.sent.feed).toBe(before.feed + 1));
    expect(server.sent.heartbeat).toBe(before.heartbeat + 1);
    expect(server.sent.config).toBe(before.config + 1);
    await until(() => expect(vi.getTimerCount()).toBe(1)); // the next poll is planned
    await vi.advanceTimersByTimeAsync(minute);
    await until(() => expect(server.sent.feed).toBe(before.feed + 2));
    await until(() => expect(vi.getTimerCount()).toBe(1));

    // The heartbeat got through while the stream was down: try the stream again at once.
    expect(stream.reconnects.count).toBeGreaterThan(0);
    stream.hello();
    await until(() => expect(server.sent.feed).toBe(before.feed + 3));
    const live = server.total();
    await vi.advanceTimersByTimeAsync(5 * minute);
    expect(server.total()).toBe(live);
  });

  it('keeps the 5-second loop while records wait to upload, even with the stream live', async () => {
    const { db, engine, server, stream } = await started();
    stream.hello();
    await addAsyncCustomer(db, record(), testConfig);
    server.api.upload = () =>
      Promise.resolve({
        ok: false as const,
        failure: {
          kind: 'http' as const,
          status: 503,
          message: message('server-answered', { status: 503 }),
          body: null,
        },
      });
    await engine.syncNow();
    const before = server.sent.heartbeat;
    await vi.advanceTimersByTimeAsync(5000);
    await until(() => expect(server.sent.heartbeat).toBe(before + 1));
  });

  it('downloads only the feed on a customers poke, with the cached settings', async () => {
    const { server, stream } = await started();
    stream.hello();
    await until(() => expect(server.sent.feed).toBe(2));
    const before = { ...server.sent };
    stream.poke(['customers']);
    await until(() => expect(server.sent.feed).toBe(before.feed + 1));
    expect(server.sent).toEqual({ ...before, feed: before.feed + 1 });
    stream.poke(['config']);
    await until(() => expect(server.sent.config).toBe(before.config + 1));
  });

  it('turns a storm of pokes into one download in flight and one queued', async () => {
    const { server, stream } = await started({ slowFeed: true });
    expect(server.total()).toBe(3);
    stream.hello();
    await until(() => expect(server.pendingFeeds()).toBe(1));
    server.releaseFeed();
    await until(() => expect(server.sent.feed).toBe(2));
    await until(() => expect(server.pendingFeeds()).toBe(0));
    for (let i = 0; i < 20; i += 1) stream.poke(['customers']);
    await until(() => expect(server.pendingFeeds()).toBe(1));
    for (let i = 0; i < 20; i += 1) stream.poke(i % 2 ? ['customers'] : ['config']);
    server.releaseFeed();
    await until(() => expect(server.pendingFeeds()).toBe(1));
    server.releaseFeed();
    await until(() => expect(server.sent.feed).toBe(4));
    await vi.advanceTimersByTimeAsync(minute);
    expect(server.sent.feed).toBe(4);
    expect(server.maxInFlight()).toBe(1);
  });

  it('calls nothing before activation; activation syncs after a run that found no token', async () => {
    const server = countingApi();
    const stream = fakeLive();
    let activated = false;
    const pending: { tokenRead?: (held: boolean) => void } = {};
    let slowRead = false;
    const engine = createSyncEngine({
      db: await configuredDatabase(),
      api: server.api,
      connectivity: server.connectivity,
      intervalMs: 5000,
      liveUpdates: stream.live,
      hasToken: () =>
        slowRead
          ? new Promise<boolean>((resolve) => (pending.tokenRead = resolve))
          : Promise.resolve(activated),
    });
    stops.push(engine.start());
    await engine.syncNow();
    stream.down();
    await vi.advanceTimersByTimeAsync(10 * minute);
    expect(server.total()).toBe(0);

    // A run reads "no token"; the activation is saved and syncs while that run is in flight.
    slowRead = true;
    const before = engine.syncNow();
    await until(() => expect(pending.tokenRead).toBeDefined());
    slowRead = false;
    activated = true;
    const afterActivation = engine.syncNow({ retryNow: true });
    pending.tokenRead?.(false);
    await before;
    await afterActivation;
    expect(server.sent).toMatchObject({ heartbeat: 1, config: 1, feed: 1 });
  });

  it('counts a 401 as revoked even while the stream is live', async () => {
    const { engine, server, stream } = await started();
    const feed = server.api.feed;
    server.api.feed = () =>
      Promise.resolve({
        ok: false as const,
        failure: {
          kind: 'http' as const,
          status: 401,
          message: message('server-answered', { status: 401 }),
          body: null,
        },
      });
    // No call is made before activation (above): a 401 is the answer to this register's token.
    stream.hello();
    await engine.syncNow();
    expect(engine.activity.get()).toMatchObject({ unauthorized: true });
    server.api.feed = feed;
    await engine.syncNow();
    expect(engine.activity.get()).toMatchObject({ unauthorized: false });
  });
});
