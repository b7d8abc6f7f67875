import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Figure, Target } from './figures.ts';

/** What a run of the suite writes: the machine, when, how many runs, and every figure. */
export interface BenchResults {
  startedAt: string;
  durationSeconds: number;
  runsPerFigure: number;
  machine: { cpus: number; memoryGiB: number; node: string; chromium: string };
  figures: Figure[];
}

function formatValue(value: number, unit: string): string {
  if (!Number.isFinite(value)) return '—';
  const digits = unit === '×' ? 2 : Math.abs(value) >= 100 || Number.isInteger(value) ? 0 : 1;
  return `${value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })}${unit ? ` ${unit}` : ''}`;
}

function formatTarget(target: Target | null, unit: string): string {
  if (!target) return '';
  const parts = [];
  if (target.atMost !== undefined) parts.push(`≤ ${formatValue(target.atMost, unit)}`);
  if (target.atLeast !== undefined) parts.push(`≥ ${formatValue(target.atLeast, unit)}`);
  return parts.join(', ');
}

/** The results as a Markdown table: median, spread over the runs, target and whether it is met. */
export function markdownTable(results: BenchResults): string {
  const header = [
    `Benchmarks of ${results.startedAt} (${results.runsPerFigure} runs per figure; ` +
      `${results.machine.cpus} CPUs, ${results.machine.memoryGiB} GiB, Node ${results.machine.node}, ` +
      `${results.machine.chromium}; ${results.durationSeconds} s in all)`,
    '',
    '| Scenario | Figure | Median | Spread (min–max) | Target | Met |',
    '| --- | --- | ---: | ---: | --- | :---: |',
  ];
  const rows = results.figures.map((f) => {
    const spread = `${formatValue(f.min, f.unit)} – ${formatValue(f.max, f.unit)}`;
    const met = f.met === null ? '' : f.met ? 'yes' : '**no**';
    const name = f.note ? `${f.name} (${f.note})` : f.name;
    return `| ${f.scenario} | ${name} | ${formatValue(f.median, f.unit)} | ${spread} | ${formatTarget(f.target, f.unit)} | ${met} |`;
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
