import type { FastifyReply } from 'fastify';
import type { Clock } from '../clock.ts';
import { HttpError } from './http-error.ts';
import type { Message } from '../../../contract/messages.ts';

const maxTrackedClients = 10_000;

/** Counts events per key (a client IP) over a sliding window; more than `max` is too many. */
export interface RateLimiter {
  /** Seconds until this key may act again, or 0 when it may act now. */
  retryAfterSeconds(key: string): number;
  /** Counts one event (an attempt, or a failed attempt, as the caller decides) for the key. */
  record(key: string): void;
  /** Takes back the key's latest event (an attempt counted before it turned out to succeed). */
  forgive(key: string): void;
}

/**
 * An in-memory sliding-window limiter: at most `max` events per key within `windowMs`. It
 * forgets on restart, which is fine for a window of a minute, and tracks at most 10,000 keys
 * (the oldest is dropped first) so a flood of addresses cannot grow it without bound.
 */
export function createRateLimiter(
  clock: Clock,
  { max, windowMs }: { max: number; windowMs: number },
): RateLimiter {
  const events = new Map<string, number[]>();

  function recent(key: string): number[] {
    const now = clock.now().getTime();
    const kept = (events.get(key) ?? []).filter((t) => now - t < windowMs);
    if (kept.length === 0) events.delete(key);
    else events.set(key, kept);
    return kept;
  }

  return {
    retryAfterSeconds(key) {
      const times = recent(key);
      if (times.length < max) return 0;
      const oldest = times[times.length - max] ?? clock.now().getTime();
      return Math.max(1, Math.ceil((oldest + windowMs - clock.now().getTime()) / 1000));
    },
    record(key) {
      const times = recent(key);
      if (!events.has(key) && events.size >= maxTrackedClients) {
        const first = events.keys().next();
        if (!first.done) events.delete(first.value);
      }
      events.set(key, [...times, clock.now().getTime()]);
    },
    forgive(key) {
      const times = recent(key);
      if (times.length > 0) events.set(key, times.slice(0, -1));
    },
  };
}

/** Throws a 429 `too-many-attempts` with Retry-After when `key` is over its limit. */
export function enforceRateLimit(
  limiter: RateLimiter,
  key: string,
  reply: FastifyReply,
  message: Message,
): void {
  const wait = limiter.retryAfterSeconds(key);
  if (wait <= 0) return;
  reply.header('retry-after', String(wait));
  throw new HttpError(429, 'too-many-attempts', message);
}
