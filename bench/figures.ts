import { summarize, type Summary } from './stats.ts';

/** A target a figure is compared with: at most or at least `value`. */
export interface Target {
  atMost?: number;
  atLeast?: number;
}

/** One printed line of the results: a measured figure over several runs. */
export interface Figure extends Summary {
  /** The scenario it belongs to, e.g. "1. Async create". */
  scenario: string;
  name: string;
  unit: string;
  target: Target | null;
  /** Null when there is no target. */
  met: boolean | null;
  note?: string;
}

/** Builds a figure from one value per run and checks its median against the target. */
export function figure(
  scenario: string,
  name: string,
  unit: string,
  perRun: readonly number[],
  target: Target | null = null,
  note?: string,
): Figure {
  if (perRun.length === 0) throw new Error(`No runs measured for "${name}".`);
  const summary = summarize(perRun);
  const met =
    target === null
      ? null
      : (target.atMost === undefined || summary.median <= target.atMost) &&
        (target.atLeast === undefined || summary.median >= target.atLeast);
  return { scenario, name, unit, target, met, ...summary, ...(note ? { note } : {}) };
}
