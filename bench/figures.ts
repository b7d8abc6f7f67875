import { median, summarize, type Summary } from './stats.ts';

/** A target a figure is compared with: at most or at least `value`. */
export interface Target {
  atMost?: number;
  atLeast?: number;
}

/**
 * The machine's own limit for a figure: the same work, on the same data and in the same run,
 * with no product code in the way (e.g. a raw `bulkPut` beside the first download). In the
 * figure's unit.
 */
export interface Limit extends Summary {
  name: string;
}

/** One printed line of the results: a measured figure over several runs. */
export interface Figure extends Summary {
  /** The scenario it belongs to, e.g. "1. Async create". */
  scenario: string;
  name: string;
  unit: string;
  /** A target on the figure's own value (absolute), or null. */
  target: Target | null;
  /** Null when there is no target. */
  met: boolean | null;
  note?: string;
  limit?: Limit;
  /** The figure's median over its limit's median (only with a limit). */
  ratio?: number;
  /** A target on `ratio` (only with a limit). */
  ratioTarget?: Target;
  /**
   * The change of the median against the previous saved run, as a fraction (+0.12 is 12 %
   * more); null when that run had no such figure (see `withChanges`).
   */
  change?: number | null;
}

/** True when `value` meets `target` (NaN meets nothing). */
export function meets(value: number, target: Target): boolean {
  return (
    (target.atMost === undefined || value <= target.atMost) &&
    (target.atLeast === undefined || value >= target.atLeast)
  );
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
  const met = target === null ? null : meets(summary.median, target);
  return { scenario, name, unit, target, met, ...summary, ...(note ? { note } : {}) };
}

/** What `figureBeside` needs besides the figure's own runs. */
export interface BesideLimit {
  /** The limit's name and one value per run, in the figure's unit. */
  limit: { name: string; perRun: readonly number[] };
  /** A target on figure / limit, e.g. `{ atLeast: 0.7 }`. */
  ratioTarget?: Target;
  /** A target on the figure itself, kept where a ceiling holds on any machine (latencies). */
  target?: Target;
  note?: string;
}

/**
 * A figure beside its limit measured in the same run: it carries the limit, the ratio of the
 * medians and the ratio's target. It is met when every target it has is.
 */
export function figureBeside(
  scenario: string,
  name: string,
  unit: string,
  perRun: readonly number[],
  { limit, ratioTarget, target, note }: BesideLimit,
): Figure {
  const base = figure(scenario, name, unit, perRun, target ?? null, note);
  if (limit.perRun.length === 0) throw new Error(`No runs measured for "${limit.name}".`);
  const ratio = base.median / median(limit.perRun);
  const checks = [
    ...(target ? [meets(base.median, target)] : []),
    ...(ratioTarget ? [meets(ratio, ratioTarget)] : []),
  ];
  return {
    ...base,
    met: checks.length === 0 ? null : checks.every(Boolean),
    limit: { name: limit.name, ...summarize(limit.perRun) },
    ratio,
    ...(ratioTarget ? { ratioTarget } : {}),
  };
}

/** The key that finds a figure again in another run's results. */
export const figureKey = (f: Pick<Figure, 'scenario' | 'name'>): string =>
  `${f.scenario}|${f.name}`;

/**
 * Each figure with its change against `previous` (the last saved run's figures, or null when
 * there is none): median / previous median − 1, or null when that run lacks the figure or
 * either median is not a positive number.
 */
export function withChanges(
  figures: readonly Figure[],
  previous: readonly Pick<Figure, 'scenario' | 'name' | 'median'>[] | null,
): Figure[] {
  const before = new Map((previous ?? []).map((f) => [figureKey(f), f.median]));
  return figures.map((f) => {
    const old = before.get(figureKey(f));
    const comparable =
      old !== undefined && Number.isFinite(old) && old > 0 && Number.isFinite(f.median);
    return { ...f, change: comparable ? f.median / old - 1 : null };
  });
}
