import { createParser, type EventSourceMessage } from 'eventsource-parser';
import { apiPaths } from '../../contract/api-paths.ts';
import { bearer } from '../../contract/register.ts';
import {
  helloEventSchema,
  pokeEventSchema,
  registerEventsHeartbeatMs,
  registerTopics,
  type RegisterTopic,
} from '../../contract/register-events.ts';
import { backoffDelay, type BackoffPolicy } from './backoff.ts';
import { createObservable, type Observable } from './observable.ts';

/**
 * Whether the register is told of changes (issue 12): `live` once a stream said hello (here or
 * in the tab that holds it), `down` when it failed or went silent, `connecting` before either.
 */
export type LiveState = 'connecting' | 'live' | 'down';

/** What the stream asks of the sync engine. */
export interface LiveUpdateHandlers {
  /** A stream (re)connected: download everything once and send the heartbeat. */
  onConnected: () => void;
  /** Something changed at the scale unit: download these topics. */
  onPoke: (topics: RegisterTopic[]) => void;
  /** The stream went down (once per fall, not per failed reconnect). */
  onDown: () => void;
}

/** The register's event stream, shared by the tabs of one browser. */
export interface LiveUpdates {
  state: Observable<LiveState>;
  /** Waits for the tabs' lock, then holds the stream until stopped; returns stop. */
  start: (handlers: LiveUpdateHandlers) => () => void;
  /** Ends a reconnect's backoff wait now (the network came back, a heartbeat got through). */
  reconnectNow: () => void;
}

/** The Web Lock the tab holding the stream keeps; the others wait on it and take over. */
export const registerEventsLock = 'pos-register-events';
const channelName = 'pos-register-events';

/** Reconnects back off from 1 s to at most 30 s (with jitter, so registers spread out). */
export const reconnectBackoff: BackoffPolicy = { baseMs: 1000, maxMs: 30_000 };

export interface LiveUpdatesDeps {
  /** The device token, read before each connect (null before activation: no connect). */
  getToken: () => Promise<string | null>;
  baseUrl?: string;
  fetch?: typeof fetch;
  /** Default `navigator.locks`; null or missing: this tab holds the stream alone. */
  locks?: LockManager | null;
  /** Default a `BroadcastChannel`; tells the waiting tabs the holder's state. */
  openChannel?: (() => BroadcastChannel) | null;
  backoff?: BackoffPolicy;
  random?: () => number;
}

type ChannelMessage = { type: 'ask' } | { type: 'state'; state: LiveState };

function isChannelMessage(value: unknown): value is ChannelMessage {
  if (typeof value !== 'object' || value === null || !('type' in value)) return false;
  if (value.type === 'ask') return true;
  return (
    value.type === 'state' &&
    'state' in value &&
    (value.state === 'connecting' || value.state === 'live' || value.state === 'down')
  );
}

/**
 * Creates the register's event stream client. Read with `fetch` (EventSource cannot send the
 * device token), parsed with eventsource-parser, every event checked against the contract.
 *
 *   connecting ──hello──▶ live ──end, error, 401 or no byte for 2.5× heartbeatMs──▶ down
 *        │                 ▲                                                        │
 *        └──── failed ─────┼──────────────────────────────────────────────▶ down    │
 *                          └──hello── (reconnect after capped backoff, or now) ◀────┘
 *
 * Only the tab holding the `pos-register-events` lock connects; the others mirror its state
 * (BroadcastChannel) and take the lock over when that tab closes.
 */
export function createLiveUpdates(deps: LiveUpdatesDeps): LiveUpdates {
  const state = createObservable<LiveState>('connecting');
  const doFetch =
    deps.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
  const policy = deps.backoff ?? reconnectBackoff;
  let wake: (() => void) | null = null;

  return {
    state,
    reconnectNow: () => wake?.(),
    start(handlers) {
      const stop = new AbortController();
      const channel = openChannel(deps);
      let holding = false;
      const setState = (next: LiveState) => {
        if (next === 'down' && state.get() !== 'down') handlers.onDown();
        state.set(next);
        if (holding) channel?.postMessage({ type: 'state', state: next } satisfies ChannelMessage);
      };
      channel?.addEventListener('message', (event: MessageEvent<unknown>) => {
        const message = event.data;
        if (!isChannelMessage(message)) return;
        if (message.type === 'ask' && holding) {
          channel.postMessage({ type: 'state', state: state.get() } satisfies ChannelMessage);
        }
        if (message.type === 'state' && !holding) state.set(message.state);
      });
      channel?.postMessage({ type: 'ask' } satisfies ChannelMessage);

      async function hold(): Promise<void> {
        holding = true;
        setState('connecting');
        let failures = 0;
        while (!stop.signal.aborted) {
          const wasLive = await connectOnce();
          if (stop.signal.aborted) break;
          setState('down');
          failures = wasLive ? 1 : failures + 1;
          await wait(backoffDelay(failures, policy, deps.random));
        }
        holding = false;
      }

      function wait(ms: number): Promise<void> {
        return new Promise((resolve) => {
          const done = () => {
            clearTimeout(timer);
            stop.signal.removeEventListener('abort', done);
            wake = null;
            resolve();
          };
          const timer = setTimeout(done, ms);
          stop.signal.addEventListener('abort', done);
          wake = done;
        });
      }

      /** One connection, until it ends; resolves whether it was live. */
      async function connectOnce(): Promise<boolean> {
        const token = await deps.getToken();
        if (!token || stop.signal.aborted) return false;
        const connection = new AbortController();
        const abort = () => connection.abort();
        stop.signal.addEventListener('abort', abort);
        let silence: ReturnType<typeof setTimeout> | undefined;
        let heartbeatMs = registerEventsHeartbeatMs;
        const heard = () => {
          clearTimeout(silence);
          silence = setTimeout(abort, heartbeatMs * 2.5);
        };
        let live = false;
        const onEvent = (event: EventSourceMessage) => {
          if (event.event === 'hello') {
            const hello = helloEventSchema.safeParse(parseJson(event.data));
            if (!hello.success) return abort();
            heartbeatMs = hello.data.heartbeatMs;
            heard();
            live = true;
            setState('live');
            handlers.onConnected();
          } else if (event.event === 'poke' && live) {
            // A poke this register cannot read still says something changed: download it all.
            const poke = pokeEventSchema.safeParse(parseJson(event.data));
            handlers.onPoke(poke.success ? poke.data.topics : [...registerTopics]);
          }
        };
        try {
          heard();
          const response = await doFetch((deps.baseUrl ?? '') + apiPaths.registerEvents, {
            headers: { authorization: bearer(token), accept: 'text/event-stream' },
            signal: connection.signal,
            cache: 'no-store',
          });
          const reader = response.ok ? response.body?.getReader() : undefined;
          if (!reader) return false;
          const parser = createParser({ onEvent, maxBufferSize: 64 * 1024 });
          const decoder = new TextDecoder();
          for (;;) {
            const { done, value } = await reader.read();
            if (done) break;
            heard();
            parser.feed(decoder.decode(value, { stream: true }));
          }
        } catch {
          // A network error, an abort or a broken stream: all mean the stream is down.
        } finally {
          clearTimeout(silence);
          stop.signal.removeEventListener('abort', abort);
          connection.abort();
        }
        return live;
      }

      const locks = deps.locks === undefined ? browserLocks() : deps.locks;
      if (locks) {
        locks.request(registerEventsLock, { signal: stop.signal }, hold).catch(() => undefined);
      } else {
        void hold();
      }
      return () => {
        stop.abort();
        channel?.close();
      };
    },
  };
}

function parseJson(data: string): unknown {
  try {
    return JSON.parse(data);
  } catch {
    return null;
  }
}

function browserLocks(): LockManager | null {
  return (globalThis.navigator as { locks?: LockManager } | undefined)?.locks ?? null;
}

function openChannel(deps: LiveUpdatesDeps): BroadcastChannel | null {
  if (deps.openChannel !== undefined) return deps.openChannel?.() ?? null;
  return typeof BroadcastChannel === 'function' ? new BroadcastChannel(channelName) : null;
}
