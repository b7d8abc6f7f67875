/** Capped exponential backoff with jitter, for upload retries (B5). */
export interface BackoffPolicy {
  baseMs: number;
  maxMs: number;
}

export const defaultBackoff: BackoffPolicy = { baseMs: 1000, maxMs: 5 * 60_000 };

/**
 * Delay before attempt `attempts + 1`, after `attempts` failed ones (attempts ≥ 1): the
 * ceiling doubles each time up to `maxMs`; the delay is drawn from its upper half so that
 * registers coming back together do not retry in lockstep.
 */
export function backoffDelay(
  attempts: number,
  policy: BackoffPolicy = defaultBackoff,
  random: () => number = Math.random,
): number {
  const exponent = Math.max(0, attempts - 1);
  const ceiling = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.min(exponent, 30));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
