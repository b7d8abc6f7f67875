import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Figure, Target } from './figures.ts';

/** What a run of the suite writes: the machine, when, how many runs, and every figure. */
export interface BenchResults {
  startedAt: string;
  durationSeconds: number;
  runsPerFigure: number;
  machine: { cpus: number; memoryGiB: number; node: string; chromium: string };
  /** When the run the Change column compares with started; null when there was none. */
  previousStartedAt?: string | null;
  figures: Figure[];
}

/** The part of a saved run the next one compares with (older files lack the newer fields). */
const savedResultsSchema = z.object({
  startedAt: z.string(),
  figures: z.array(z.object({ scenario: z.string(), name: z.string(), median: z.number() })),
});

/** The previous run as saved; null when there is none or it cannot be read. */
export type SavedResults = z.infer<typeof savedResultsSchema>;

/**
 * Reads `dir/latest.json` (the previous run), before this run replaces it; null when there is
 * none or it is not a results file.
 */
export function readPreviousResults(dir: string): SavedResults | null {
  const path = join(dir, 'latest.json');
  if (!existsSync(path)) return null;
  try {
    const parsed = savedResultsSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** A value in its unit: two decimals for ratios (×), one below 100, none from 100 up. */
export function formatValue(value: number, unit: string): string {
  if (!Number.isFinite(value)) return '—';
  const digits = unit === '×' ? 2 : Math.abs(value) >= 100 || Number.isInteger(value) ? 0 : 1;
  return `${value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })}${unit ? ` ${unit}` : ''}`;
}

function formatTarget(target: Target | null | undefined, format: (value: number) => string) {
  if (!target) return [];
  const parts = [];
  if (target.atMost !== undefined) parts.push(`≤ ${format(target.atMost)}`);
  if (target.atLeast !== undefined) parts.push(`≥ ${format(target.atLeast)}`);
  return parts;
}

/** A ratio to the limit: "0.82×". */
export const formatRatio = (ratio: number): string =>
  Number.isFinite(ratio) ? `${ratio.toFixed(2)}×` : '—';

/** A change against the previous run: "+12 %", "−3 %", "0 %", or "—" when there is none. */
export function formatChange(change: number | null | undefined): string {
  if (change === null || change === undefined || !Number.isFinite(change)) return '—';
  const percent = Math.round(change * 100);
  if (percent === 0) return '0 %';
  return `${percent > 0 ? '+' : '−'}${Math.abs(percent)} %`;
}

/** The Target cell: the figure's own target, then its ratio's ("≥ 0.70× limit"). */
export function formatTargets(f: Figure): string {
  return [
    ...formatTarget(f.target, (value) => formatValue(value, f.unit)),
    ...formatTarget(f.ratioTarget, (value) => `${formatRatio(value)} limit`),
  ].join(', ');
}

/**
 * The results as a Markdown table: median, spread over the runs, the limit measured in the same
 * run and the ratio to it, the target and whether it is met, and the change against the previous
 * saved run.
 */
export function markdownTable(results: BenchResults): string {
  const previous = results.previousStartedAt
    ? `Change: against the run of ${results.previousStartedAt}`
    : 'Change: no previous run';
  const header = [
    `Benchmarks of ${results.startedAt} (${results.runsPerFigure} runs per figure; ` +
      `${results.machine.cpus} CPUs, ${results.machine.memoryGiB} GiB, Node ${results.machine.node}, ` +
      `${results.machine.chromium}; ${results.durationSeconds} s in all). ${previous}.`,
    '',
    '| Scenario | Figure | Median | Spread (min–max) | Limit (same run) | Ratio | Target | Met | Change |',
    '| --- | --- | ---: | ---: | --- | ---: | --- | :---: | ---: |',
  ];
  const rows = results.figures.map((f) => {
    const spread = `${formatValue(f.min, f.unit)} – ${formatValue(f.max, f.unit)}`;
    const met = f.met === null ? '' : f.met ? 'yes' : '**no**';
    const name = f.note ? `${f.name} (${f.note})` : f.name;
    const limit = f.limit ? `${f.limit.name}: ${formatValue(f.limit.median, f.unit)}` : '';
    const ratio = f.ratio === undefined ? '' : formatRatio(f.ratio);
    const cells = [
      f.scenario,
      name,
      formatValue(f.median, f.unit),
      spread,
      limit,
      ratio,
      formatTargets(f),
      met,
      formatChange(f.change),
    ];
    return `| ${cells.join(' | ')} |`;
  });
  return [...header, ...rows, ''].join('\n');
}

/** Writes `<stamp>.json` and `<stamp>.md`, and the same as `latest.*`, into `dir`; returns the paths. */
export function writeResults(dir: string, results: BenchResults): string[] {
  mkdirSync(dir, { recursive: true });
  const stamp = results.startedAt.replace(/[:.]/g, '-');
  const json = `${JSON.stringify(results, null, 2)}\n`;
  const markdown = markdownTable(results);
  const paths = [];
  for (const name of [stamp, 'latest']) {
    writeFileSync(join(dir, `${name}.json`), json);
    writeFileSync(join(dir, `${name}.md`), markdown);
    paths.push(join(dir, `${name}.json`), join(dir, `${name}.md`));
  }
  return paths;
}
