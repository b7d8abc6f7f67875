import {
  registerEventsHeartbeatMs,
  type RegisterTopic,
} from '../../../contract/register-events.ts';
import type { Device } from '../devices.ts';

/** Which registers a poke (or a disconnect) is for. */
export type PokeTarget =
  'all' | { storeIds: readonly string[] } | { registerIds: readonly string[] };

/** One open event stream, as the hub writes to it (the route adapts the HTTP response). */
export interface EventSink {
  write(chunk: string): void;
  end(): void;
}

/** What the rest of the server may do with the registers' streams. */
export interface RegisterPokes {
  /** Tells the targeted connected registers to download `topics` (coalesced per register). */
  poke(target: PokeTarget, topics: readonly RegisterTopic[]): void;
  /** Ends the targeted registers' streams (a revoked token must not keep one open). */
  disconnect(target: PokeTarget): void;
  /** How many registers have at least one open stream. */
  connectedRegisters(): number;
}

/** Tells nobody: a scale unit's link service in tests that have no event streams. */
export const noPokes: RegisterPokes = {
  poke: () => undefined,
  disconnect: () => undefined,
  connectedRegisters: () => 0,
};

/** The scale unit's in-memory table of open register streams (issue 12). */
export interface PokeHub extends RegisterPokes {
  /** The ping interval, which `hello` announces. */
  readonly heartbeatMs: number;
  /** Adds a stream for a register; returns the function that removes it (call on close). */
  open(device: Device, sink: EventSink): () => void;
  /** Ends every stream and refuses new ones (server shutdown must not wait for streams). */
  close(): void;
}

/** The timers the hub uses; tests pass vitest's fake ones through the globals. */
export interface HubTimers {
  setTimeout: (run: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
  setInterval: (run: () => void, ms: number) => unknown;
  clearInterval: (handle: unknown) => void;
}

export interface PokeHubOptions {
  /** The `: ping` interval (default `registerEventsHeartbeatMs`, 20 s). */
  heartbeatMs?: number;
  /** Pokes to one register within this window become one event (default 50 ms). */
  coalesceMs?: number;
  /** Streams kept per register; a newer one closes the oldest (default 4). */
  maxStreamsPerRegister?: number;
  /** Called on every ping with the registers pinged (X3: their contact is current). */
  onPing?: (devices: readonly Device[]) => void;
  timers?: HubTimers;
}

const globalTimers: HubTimers = {
  setTimeout: (run, ms) => unref(setTimeout(run, ms)),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
  setInterval: (run, ms) => unref(setInterval(run, ms)),
  clearInterval: (handle) => clearInterval(handle as NodeJS.Timeout),
};

function unref(timer: NodeJS.Timeout): NodeJS.Timeout {
  return timer.unref();
}

interface OpenStream {
  device: Device;
  sink: EventSink;
}

function matches(target: PokeTarget, device: Device): boolean {
  if (target === 'all') return true;
  return 'storeIds' in target
    ? target.storeIds.includes(device.storeId)
    : target.registerIds.includes(device.registerId);
}

/**
 * Creates the hub. Pokes are data-free: a register told `customers` downloads the feed it would
 * have polled. Coalescing: the first poke in a quiet period starts one `coalesceMs` timer; every
 * poke until it fires adds its topics to the register's pending set, and the flush writes one
 * `poke` event per register with the union. The ping interval runs only while a stream is open.
 */
export function createPokeHub(options: PokeHubOptions = {}): PokeHub {
  const heartbeatMs = options.heartbeatMs ?? registerEventsHeartbeatMs;
  const coalesceMs = options.coalesceMs ?? 50;
  const maxPerRegister = options.maxStreamsPerRegister ?? 4;
  const timers = options.timers ?? globalTimers;
  /** Open streams by register id, oldest first. */
  const streams = new Map<string, OpenStream[]>();
  const pending = new Map<string, Set<RegisterTopic>>();
  let flushTimer: unknown = null;
  let pingTimer: unknown = null;
  let closed = false;

  const everyStream = () => [...streams.values()].flat();

  function remove(stream: OpenStream): void {
    const list = streams.get(stream.device.registerId);
    if (!list) return;
    const rest = list.filter((s) => s !== stream);
    if (rest.length > 0) streams.set(stream.device.registerId, rest);
    else streams.delete(stream.device.registerId);
    if (streams.size === 0 && pingTimer !== null) {
      timers.clearInterval(pingTimer);
      pingTimer = null;
    }
  }

  function end(stream: OpenStream): void {
    remove(stream);
    stream.sink.end();
  }

  function ping(): void {
    const open = everyStream();
    for (const stream of open) stream.sink.write(': ping\n\n');
    options.onPing?.(open.map((s) => s.device));
  }

  function flush(): void {
    flushTimer = null;
    for (const [registerId, topics] of pending) {
      const data = JSON.stringify({ topics: [...topics].sort() });
      for (const stream of streams.get(registerId) ?? []) {
        stream.sink.write(`event: poke\ndata: ${data}\n\n`);
      }
    }
    pending.clear();
  }

  return {
    heartbeatMs,
    open(device, sink) {
      const stream: OpenStream = { device, sink };
      if (closed) {
        sink.end();
        return () => undefined;
      }
      const list = streams.get(device.registerId) ?? [];
      streams.set(device.registerId, [...list, stream]);
      for (const oldest of list.slice(0, Math.max(0, list.length + 1 - maxPerRegister))) {
        end(oldest);
      }
      pingTimer ??= timers.setInterval(ping, heartbeatMs);
      return () => remove(stream);
    },
    poke(target, topics) {
      if (topics.length === 0) return;
      for (const stream of everyStream()) {
        if (!matches(target, stream.device)) continue;
        const set = pending.get(stream.device.registerId) ?? new Set<RegisterTopic>();
        topics.forEach((topic) => set.add(topic));
        pending.set(stream.device.registerId, set);
      }
      if (pending.size > 0) flushTimer ??= timers.setTimeout(flush, coalesceMs);
    },
    disconnect(target) {
      for (const stream of everyStream()) if (matches(target, stream.device)) end(stream);
    },
    connectedRegisters: () => streams.size,
    close() {
      closed = true;
      if (flushTimer !== null) timers.clearTimeout(flushTimer);
      flushTimer = null;
      pending.clear();
      for (const stream of everyStream()) end(stream);
    },
  };
}
