import { describe, expect, it } from 'vitest';
import {
  labelStep,
  layoutBars,
  totals,
  valueScale,
  valueY,
  type ChartFrame,
} from './chart-scale.ts';

describe('valueScale', () => {
  it.each([
    { max: 0, top: 1, ticks: [0, 1] },
    { max: 1, top: 1, ticks: [0, 1] },
    { max: 3, top: 3, ticks: [0, 1, 2, 3] },
    { max: 7, top: 8, ticks: [0, 2, 4, 6, 8] },
    { max: 10, top: 10, ticks: [0, 5, 10] },
    { max: 37, top: 40, ticks: [0, 10, 20, 30, 40] },
    { max: 1234, top: 1500, ticks: [0, 500, 1000, 1500] },
  ])('max $max → top $top', ({ max, top, ticks }) => {
    expect(valueScale(max)).toEqual({ top, ticks });
  });
});

const frame: ChartFrame = { width: 140, height: 120, left: 20, right: 20, top: 10, bottom: 10 };

describe('layoutBars', () => {
  const buckets = [
    { start: '2025-01-01T00:00:00.000Z', pending: 1, completed: 2, failed: 1 },
    { start: '2025-01-01T00:05:00.000Z', pending: 0, completed: 0, failed: 0 },
  ];
  const scale = { top: 4, ticks: [0, 2, 4] };
  const bars = layoutBars(buckets, frame, scale);

  it('gives each bucket an equal slot with a gap', () => {
    expect(bars.map((b) => [b.x, b.width])).toEqual([
      [24, 42],
      [74, 42],
    ]);
  });

  it('stacks completed, pending, failed from the baseline up, in proportion to the top', () => {
    expect(bars[0]?.segments).toEqual([
      { status: 'completed', value: 2, y: 60, height: 50 },
      { status: 'pending', value: 1, y: 35, height: 25 },
      { status: 'failed', value: 1, y: 10, height: 25 },
    ]);
    expect(bars[0]?.total).toBe(4);
  });

  it('draws no segment for an empty bucket', () => {
    expect(bars[1]?.segments).toEqual([]);
    expect(bars[1]?.total).toBe(0);
  });

  it('puts axis values on the same scale', () => {
    expect(valueY(0, frame, scale)).toBe(110);
    expect(valueY(4, frame, scale)).toBe(10);
  });
});

describe('totals and labelStep', () => {
  it('sums every status', () => {
    expect(
      totals([
        { start: 'a', pending: 1, completed: 2, failed: 3 },
        { start: 'b', pending: 4, completed: 5, failed: 6 },
      ]),
    ).toEqual({ pending: 5, completed: 7, failed: 9 });
  });

  it.each([
    { bars: 6, max: 8, step: 1 },
    { bars: 12, max: 6, step: 2 },
    { bars: 24, max: 6, step: 4 },
    { bars: 25, max: 6, step: 5 },
  ])('$bars bars, $max labels → every $step', ({ bars, max, step }) => {
    expect(labelStep(bars, max)).toBe(step);
  });
});
