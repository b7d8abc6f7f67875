import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { apiPaths } from '../../contract/api-paths.ts';
import type { RegisterTopic } from '../../contract/register-events.ts';
import { createLiveUpdates, type LiveUpdatesDeps } from './register-events.ts';

/** A scale unit whose event streams the test writes to, one connection per fetch. */
function fakeStreams() {
  const encoder = new TextEncoder();
  const connections: {
    url: string;
    authorization: string | null;
    send: (text: string) => void;
    end: () => void;
  }[] = [];
  let nextStatus = 200;
  const fetch = vi.fn((input: RequestInfo | URL, init?: RequestInit) => {
    const status = nextStatus;
    let controller: ReadableStreamDefaultController<Uint8Array> | null = null;
    const body = new ReadableStream<Uint8Array>({ start: (c) => void (controller = c) });
    init?.signal?.addEventListener('abort', () => controller?.error(new Error('aborted')));
    connections.push({
      url: typeof input === 'string' ? input : input instanceof URL ? input.href : input.url,
      authorization: new Headers(init?.headers).get('authorization'),
      send: (text) => controller?.enqueue(encoder.encode(text)),
      end: () => controller?.close(),
    });
    return Promise.resolve(
      status === 200 ? new Response(body, { status }) : new Response('{}', { status }),
    );
  });
  return {
    fetch: fetch as unknown as typeof globalThis.fetch,
    calls: () => fetch.mock.calls.length,
    connections,
    last: () => {
      const connection = connections.at(-1);
      if (!connection) throw new Error('no connection');
      return connection;
    },
    answer: (status: number) => void (nextStatus = status),
  };
}

const hello = (heartbeatMs = 20_000) => `event: hello\ndata: {"heartbeatMs":${heartbeatMs}}\n\n`;

function handlers() {
  const pokes: RegisterTopic[][] = [];
  const calls = { connected: 0, down: 0 };
  return {
    pokes,
    calls,
    handlers: {
      onConnected: () => void (calls.connected += 1),
      onPoke: (topics: RegisterTopic[]) => void pokes.push(topics),
      onDown: () => void (calls.down += 1),
    },
  };
}

const stops: (() => void)[] = [];
afterEach(() => {
  for (const stop of stops.splice(0)) stop();
});

function start(deps: Partial<LiveUpdatesDeps> & Pick<LiveUpdatesDeps, 'fetch'>) {
  const live = createLiveUpdates({
    getToken: () => Promise.resolve('token-1'),
    locks: null,
    openChannel: null,
    random: () => 1,
    ...deps,
  });
  const h = handlers();
  stops.push(live.start(h.handlers));
  return { live, ...h };
}

describe('the register event stream, in one tab', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('goes live on hello, then hands on pokes; an unreadable poke downloads everything', async () => {
    const server = fakeStreams();
    const { live, calls, pokes } = start({ fetch: server.fetch });
    await vi.advanceTimersByTimeAsync(0);
    expect(live.state.get()).toBe('connecting');
    expect(server.last()).toMatchObject({
      url: apiPaths.registerEvents,
      authorization: 'Bearer token-1',
    });
    server.last().send(hello());
    await vi.advanceTimersByTimeAsync(0);
    expect(live.state.get()).toBe('live');
    expect(calls.connected).toBe(1);
    server.last().send('event: poke\ndata: {"topics":["customers"]}\n\n');
    server.last().send(': ping\n\nevent: poke\ndata: {"topics":["nonsense"]}\n\n');
    server.last().send('event: something-new\ndata: {}\n\n');
    await vi.advanceTimersByTimeAsync(0);
    expect(pokes).toEqual([['customers'], ['config', 'customers']]);
    expect(calls.down).toBe(0);
  });

  it('goes down when the stream ends and reconnects with capped exponential backoff', async () => {
    const server = fakeStreams();
    const { live, calls } = start({ fetch: server.fetch });
    await vi.advanceTimersByTimeAsync(0);
    server.last().send(hello());
    await vi.advanceTimersByTimeAsync(0);
    server.answer(503);
    server.last().end();
    await vi.advanceTimersByTimeAsync(0);
    expect(live.state.get()).toBe('down');
    expect(calls.down).toBe(1);
    // random() = 1: each wait is the full ceiling, 1 s doubling up to 30 s.
    const waits: number[] = [];
    for (let attempt = 0; attempt < 7; attempt += 1) {
      const before = server.calls();
      let waited = 0;
      while (server.calls() === before) {
        await vi.advanceTimersByTimeAsync(500);
        waited += 500;
      }
      waits.push(waited);
    }
    expect(waits).toEqual([1000, 2000, 4000, 8000, 16_000, 30_000, 30_000]);
    expect(calls.down).toBe(1);
    server.answer(200);
    await vi.advanceTimersByTimeAsync(30_000);
    server.last().send(hello());
    await vi.advanceTimersByTimeAsync(0);
    expect(live.state.get()).toBe('live');
    expect(calls.connected).toBe(2);
  });

  it('counts a stream silent for 2.5× heartbeatMs as dead', async () => {
    const server = fakeStreams();
    const { live, calls } = start({ fetch: server.fetch });
    await vi.advanceTimersByTimeAsync(0);
    server.last().send(hello(2000));
    await vi.advanceTimersByTimeAsync(4999);
    server.last().send(': ping\n\n');
    await vi.advanceTimersByTimeAsync(4999);
    expect(live.state.get()).toBe('live');
    await vi.advanceTimersByTimeAsync(1);
    expect(live.state.get()).toBe('down');
    expect(calls.down).toBe(1);
    expect(server.calls()).toBe(1);
    await vi.advanceTimersByTimeAsync(1000);
    expect(server.calls()).toBe(2);
  });

  it('goes down on 401 without reading a body, and reconnectNow ends the wait at once', async () => {
    const server = fakeStreams();
    server.answer(401);
    const { live } = start({ fetch: server.fetch, random: () => 0.999 });
    await vi.advanceTimersByTimeAsync(0);
    expect(live.state.get()).toBe('down');
    await vi.advanceTimersByTimeAsync(1000);
    await vi.advanceTimersByTimeAsync(2000);
    expect(server.calls()).toBe(3);
    live.reconnectNow();
    await vi.advanceTimersByTimeAsync(0);
    expect(server.calls()).toBe(4);
  });

  it('does not connect before the register has a device token', async () => {
    const server = fakeStreams();
    let token: string | null = null;
    const { live } = start({ fetch: server.fetch, getToken: () => Promise.resolve(token) });
    await vi.advanceTimersByTimeAsync(10_000);
    expect(server.calls()).toBe(0);
    expect(live.state.get()).toBe('down');
    token = 'token-2';
    live.reconnectNow();
    await vi.advanceTimersByTimeAsync(0);
    expect(server.last().authorization).toBe('Bearer token-2');
  });

  it('stops reading and reconnecting when stopped', async () => {
    const server = fakeStreams();
    const { live, calls } = start({ fetch: server.fetch });
    await vi.advanceTimersByTimeAsync(0);
    server.last().send(hello());
    await vi.advanceTimersByTimeAsync(0);
    stops.splice(0).forEach((stop) => stop());
    await vi.advanceTimersByTimeAsync(120_000);
    expect(server.calls()).toBe(1);
    expect(calls.down).toBe(0);
    expect(live.state.get()).toBe('live');
  });
});

/** A LockManager for one page: `request` waits for the holder, or gives up on abort. */
function fakeLocks(): LockManager {
  let tail = Promise.resolve();
  const request = (
    _name: string,
    options: { signal?: AbortSignal },
    callback: () => Promise<void>,
  ): Promise<void> => {
    const previous = tail;
    const run = new Promise<void>((resolve, reject) => {
      options.signal?.addEventListener('abort', () => reject(new Error('AbortError')));
      void previous.then(() => {
        if (options.signal?.aborted) return resolve();
        callback().then(resolve, reject);
      });
    });
    tail = run.catch(() => undefined);
    return run;
  };
  return { request, query: () => Promise.resolve({}) } as unknown as LockManager;
}

describe('the register event stream, across tabs', () => {
  it('is held by one tab; another mirrors its state and takes over when it closes', async () => {
    const server = fakeStreams();
    const locks = fakeLocks();
    const channel = `test-${Math.random()}`;
    const tab = (getToken: () => Promise<string>) =>
      start({
        fetch: server.fetch,
        getToken,
        locks,
        openChannel: () => new BroadcastChannel(channel),
      });
    const first = tab(() => Promise.resolve('first'));
    const stopFirst = stops.at(-1);
    const second = tab(() => Promise.resolve('second'));
    await vi.waitFor(() => expect(server.calls()).toBe(1));
    server.last().send(hello());
    await vi.waitFor(() => expect(second.live.state.get()).toBe('live'));
    expect(first.live.state.get()).toBe('live');
    expect(second.calls.connected).toBe(0);
    expect(server.calls()).toBe(1);

    stopFirst?.();
    await vi.waitFor(() => expect(server.calls()).toBe(2));
    expect(server.last().authorization).toBe('Bearer second');
    expect(second.live.state.get()).toBe('connecting');
    server.last().send(hello());
    await vi.waitFor(() => expect(second.calls.connected).toBe(1));
  });
});
