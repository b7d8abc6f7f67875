import { describe, expect, it } from 'vitest';
import { figure } from './figures.ts';
import { median, percentile, summarize } from './stats.ts';

describe('percentile (nearest rank)', () => {
  const hundred = Array.from({ length: 100 }, (_, i) => 100 - i);
  it.each([
    [50, 50],
    [95, 95],
    [100, 100],
    [1, 1],
  ])('p%i of 1..100 is %i', (p, expected) => {
    expect(percentile(hundred, p)).toBe(expected);
  });

  it('of few samples picks one of them', () => {
    expect(percentile([3, 1, 2], 95)).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2);
  });

  it('of nothing is NaN', () => {
    expect(percentile([], 50)).toBeNaN();
  });
});

describe('summarize and figure', () => {
  it('gives the median and the spread of the runs', () => {
    expect(summarize([12, 10, 30])).toEqual({ median: 12, min: 10, max: 30, runs: [12, 10, 30] });
  });

  it('checks the median against the target', () => {
    expect(figure('s', 'p95', 'ms', [40, 60, 45], { atMost: 50 }).met).toBe(true);
    expect(figure('s', 'rate', '/s', [1900, 2100, 1950], { atLeast: 2000 }).met).toBe(false);
    expect(figure('s', 'calls', '', [0, 0, 0]).met).toBeNull();
  });

  it('refuses a figure without runs', () => {
    expect(() => figure('s', 'p95', 'ms', [])).toThrow(/No runs/);
  });
});
