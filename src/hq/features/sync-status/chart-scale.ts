import type { AsyncOperationStatus } from '../../../contract/hq-admin.ts';

/** One bar of the chart: operations by status in the bucket that starts at `start`. */
export type StatsBucket = { start: string } & Record<AsyncOperationStatus, number>;

/** Stacking order, bottom to top, and the legend's order. */
export const chartStatuses: readonly AsyncOperationStatus[] = ['completed', 'pending', 'failed'];

/** The value axis: its top and the ticks from 0 up to it. */
export type ValueScale = { top: number; ticks: number[] };

/**
 * A value axis with round ticks (1, 2 or 5 × 10ⁿ apart, at most `maxTicks` steps) whose top is
 * at or above `max`. An empty chart still gets an axis from 0 to 1.
 */
export function valueScale(max: number, maxTicks = 4): ValueScale {
  if (!(max > 0)) return { top: 1, ticks: [0, 1] };
  const raw = max / maxTicks;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? 10 * magnitude;
  const wholeStep = Math.max(1, Math.round(step));
  const top = Math.ceil(max / wholeStep) * wholeStep;
  const ticks: number[] = [];
  for (let v = 0; v <= top; v += wholeStep) ticks.push(v);
  return { top, ticks };
}

/** The drawing area of the chart, in SVG units. */
export type ChartFrame = {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
};

/** One stacked segment, ready to draw. */
export type BarSegment = { status: AsyncOperationStatus; value: number; y: number; height: number };
/** One bar (bucket), ready to draw. */
export type Bar = {
  start: string;
  x: number;
  width: number;
  total: number;
  segments: BarSegment[];
};

/**
 * Lays out stacked bars: equal slots across the plot, a gap between bars, segments stacked
 * bottom-up in `chartStatuses` order, heights proportional to the value scale's top.
 */
export function layoutBars(
  buckets: readonly StatsBucket[],
  frame: ChartFrame,
  scale: ValueScale,
): Bar[] {
  const plotWidth = frame.width - frame.left - frame.right;
  const plotHeight = frame.height - frame.top - frame.bottom;
  const slot = buckets.length > 0 ? plotWidth / buckets.length : 0;
  const gap = Math.min(slot * 0.2, 8);
  const baseline = frame.height - frame.bottom;
  return buckets.map((bucket, i) => {
    let y = baseline;
    const segments: BarSegment[] = [];
    for (const status of chartStatuses) {
      const value = bucket[status];
      if (value === 0) continue;
      const height = (value / scale.top) * plotHeight;
      y -= height;
      segments.push({ status, value, y, height });
    }
    return {
      start: bucket.start,
      x: frame.left + i * slot + gap / 2,
      width: Math.max(slot - gap, 1),
      total: chartStatuses.reduce((sum, s) => sum + bucket[s], 0),
      segments,
    };
  });
}

/** The y coordinate of a value on the axis. */
export function valueY(value: number, frame: ChartFrame, scale: ValueScale): number {
  const plotHeight = frame.height - frame.top - frame.bottom;
  return frame.height - frame.bottom - (value / scale.top) * plotHeight;
}

/** Sums per status over every bucket. */
export function totals(buckets: readonly StatsBucket[]): Record<AsyncOperationStatus, number> {
  const out = { pending: 0, completed: 0, failed: 0 };
  for (const bucket of buckets) {
    for (const status of chartStatuses) out[status] += bucket[status];
  }
  return out;
}

/** Every how many bars a time label fits, so at most `maxLabels` labels show. */
export function labelStep(bars: number, maxLabels: number): number {
  return bars <= maxLabels ? 1 : Math.ceil(bars / Math.max(1, maxLabels));
}
