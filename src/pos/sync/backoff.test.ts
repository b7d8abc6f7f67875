import { describe, expect, it } from 'vitest';
import { backoffDelay } from './backoff.ts';

const policy = { baseMs: 1000, maxMs: 60_000 };

describe('backoffDelay', () => {
  it.each([
    [1, 500, 1000],
    [2, 1000, 2000],
    [3, 2000, 4000],
    [4, 4000, 8000],
    [7, 30_000, 60_000],
    [8, 30_000, 60_000],
    [50, 30_000, 60_000],
  ])('after %i failures waits between %i and %i ms', (attempts, low, high) => {
    expect(backoffDelay(attempts, policy, () => 0)).toBe(low);
    expect(backoffDelay(attempts, policy, () => 1)).toBe(high);
    const middle = backoffDelay(attempts, policy, () => 0.5);
    expect(middle).toBeGreaterThan(low);
    expect(middle).toBeLessThan(high);
  });

  it('treats zero attempts like the first', () => {
    expect(backoffDelay(0, policy, () => 1)).toBe(1000);
  });
});
