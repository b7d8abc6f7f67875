/** Order statistics over a list of measurements. */

/** The p-th percentile (0–100) by the nearest-rank method; NaN for no samples. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] ?? Number.NaN;
}

export const median = (samples: readonly number[]): number => percentile(samples, 50);

/** A figure measured once per run: its median over the runs and its spread (lowest, highest). */
export interface Summary {
  median: number;
  min: number;
  max: number;
  runs: number[];
}

export function summarize(perRun: readonly number[]): Summary {
  return {
    median: median(perRun),
    min: Math.min(...perRun),
    max: Math.max(...perRun),
    runs: [...perRun],
  };
}
