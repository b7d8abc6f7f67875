/** Where the server reads the time, so tests can pin it. */
export interface Clock {
  now(): Date;
}

/** The real wall clock. */
export const systemClock: Clock = { now: () => new Date() };

/** The clock's current time as an ISO-8601 string (what the contract's datetimes use). */
export function nowIso(clock: Clock): string {
  return clock.now().toISOString();
}
