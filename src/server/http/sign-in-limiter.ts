import type { Clock } from '../clock.ts';

/** Failed sign-ins allowed per client IP within `windowMs`; more are refused with 429. */
export const maxFailedSignIns = 5;
const windowMs = 60_000;
const maxTrackedClients = 10_000;

/** Counts failed sign-in attempts per client IP over a sliding minute. */
export interface SignInLimiter {
  /** Seconds until this IP may try again, or 0 when it may try now. */
  retryAfterSeconds(ip: string): number;
  recordFailure(ip: string): void;
}

/** Creates an in-memory limiter (it forgets on restart, which is fine for a minute's window). */
export function createSignInLimiter(clock: Clock): SignInLimiter {
  const failures = new Map<string, number[]>();

  function recent(ip: string): number[] {
    const now = clock.now().getTime();
    const kept = (failures.get(ip) ?? []).filter((t) => now - t < windowMs);
    if (kept.length === 0) failures.delete(ip);
    else failures.set(ip, kept);
    return kept;
  }

  return {
    retryAfterSeconds(ip) {
      const times = recent(ip);
      if (times.length < maxFailedSignIns) return 0;
      const oldest = times[times.length - maxFailedSignIns] ?? clock.now().getTime();
      return Math.max(1, Math.ceil((oldest + windowMs - clock.now().getTime()) / 1000));
    },
    recordFailure(ip) {
      const times = recent(ip);
      if (!failures.has(ip) && failures.size >= maxTrackedClients) {
        const first = failures.keys().next();
        if (!first.done) failures.delete(first.value);
      }
      failures.set(ip, [...times, clock.now().getTime()]);
    },
  };
}
