import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { figure, figureBeside, withChanges } from './figures.ts';
import {
  formatChange,
  formatTargets,
  markdownTable,
  readPreviousResults,
  type BenchResults,
} from './report.ts';

const scenario = '6. First download of 100k customers';

describe('figureBeside: a figure with the limit measured in the same run', () => {
  it('carries the limit and the ratio of the medians, and meets a ratio target', () => {
    const f = figureBeside(scenario, 'Customers stored per second', '/s', [3500, 3600, 3400], {
      limit: { name: 'raw bulkPut', perRun: [5000, 4800, 5200] },
      ratioTarget: { atLeast: 0.7 },
    });
    expect(f.limit).toMatchObject({ name: 'raw bulkPut', median: 5000, min: 4800, max: 5200 });
    expect(f.ratio).toBeCloseTo(0.7);
    expect(f.met).toBe(true);
    expect(f.target).toBeNull();
  });

  it.each([
    ['misses the ratio', [3000], { ratioTarget: { atLeast: 0.7 } }, false],
    ['misses the ceiling while the ratio is met', [120], { target: { atMost: 100 } }, false],
    ['meets both', [60], { target: { atMost: 100 }, ratioTarget: { atMost: 20 } }, true],
    ['has no target', [60], {}, null],
  ] as const)('%s', (_, perRun, targets, met) => {
    const f = figureBeside(scenario, 'x', 'ms', perRun, {
      limit: { name: 'raw', perRun: [5000] },
      ...targets,
    });
    expect(f.met).toBe(met);
  });

  it('still builds a plain figure the old way, without a limit', () => {
    const f = figure(scenario, 'Progress updates shown', '', [12], null, 'a note');
    expect(f).toMatchObject({ median: 12, met: null, note: 'a note' });
    expect(f.limit).toBeUndefined();
    expect(f.ratio).toBeUndefined();
  });

  it('refuses a limit with no runs', () => {
    expect(() =>
      figureBeside(scenario, 'x', 'ms', [1], { limit: { name: 'raw', perRun: [] } }),
    ).toThrow('No runs measured for "raw".');
  });
});

describe('withChanges: against the previous saved run', () => {
  const now = [figure(scenario, 'A', '/s', [120]), figure(scenario, 'B', 's', [9])];

  it('is the median over the previous median, less one', () => {
    const changed = withChanges(now, [
      { scenario, name: 'A', median: 100 },
      { scenario, name: 'B', median: 10 },
    ]);
    expect(changed.map((f) => f.change)).toEqual([expect.closeTo(0.2), expect.closeTo(-0.1)]);
  });

  it('is null without a previous run, for a new figure, or from a zero or NaN median', () => {
    expect(withChanges(now, null).map((f) => f.change)).toEqual([null, null]);
    expect(withChanges(now, [{ scenario: '7. Other', name: 'A', median: 100 }])[0]?.change).toBe(
      null,
    );
    expect(withChanges(now, [{ scenario, name: 'A', median: 0 }])[0]?.change).toBe(null);
    const nan = [figure(scenario, 'A', '/s', [Number.NaN])];
    expect(withChanges(nan, [{ scenario, name: 'A', median: 100 }])[0]?.change).toBe(null);
  });
});

describe('the table', () => {
  it.each([
    [0.123, '+12 %'],
    [-0.031, '−3 %'],
    [0.001, '0 %'],
    [null, '—'],
    [undefined, '—'],
  ])('prints the change %s as %s', (change, text) => {
    expect(formatChange(change)).toBe(text);
  });

  it('prints the targets on the value and on the ratio', () => {
    const f = figureBeside('1. Async create', 'p95', 'ms', [40], {
      limit: { name: 'raw put', perRun: [4] },
      target: { atMost: 100 },
      ratioTarget: { atLeast: 0.7 },
    });
    expect(formatTargets(f)).toBe('≤ 100 ms, ≥ 0.70× limit');
  });

  it('has Limit, Ratio and Change columns, blank or "—" where a figure has none', () => {
    const results: BenchResults = {
      startedAt: '2026-12-07T15:00:00.000Z',
      durationSeconds: 60,
      runsPerFigure: 1,
      machine: { cpus: 2, memoryGiB: 24, node: '20.20.2', chromium: 'Chromium 1' },
      previousStartedAt: '2026-12-06T15:00:00.000Z',
      figures: withChanges(
        [
          figureBeside(scenario, 'Customers stored per second', '/s', [3500], {
            limit: { name: 'raw bulkPut', perRun: [5000] },
            ratioTarget: { atLeast: 0.7 },
          }),
          figure(scenario, 'Progress updates shown', '', [12]),
        ],
        [{ scenario, name: 'Customers stored per second', median: 3000 }],
      ),
    };
    const lines = markdownTable(results).split('\n');
    expect(lines[0]).toContain('Change: against the run of 2026-12-06T15:00:00.000Z');
    expect(lines[2]).toBe(
      '| Scenario | Figure | Median | Spread (min–max) | Limit (same run) | Ratio | Target | Met | Change |',
    );
    expect(lines[4]).toBe(
      `| ${scenario} | Customers stored per second | 3,500 /s | 3,500 /s – 3,500 /s | raw bulkPut: 5,000 /s | 0.70× | ≥ 0.70× limit | yes | +17 % |`,
    );
    expect(lines[5]).toBe(
      `| ${scenario} | Progress updates shown | 12 | 12 – 12 |  |  |  |  | — |`,
    );
  });
});

describe('readPreviousResults', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reads latest.json, null when it is missing or not a results file', () => {
    dir = mkdtempSync(join(tmpdir(), 'bench-report-'));
    expect(readPreviousResults(dir)).toBeNull();
    writeFileSync(join(dir, 'latest.json'), '{"startedAt": 1}');
    expect(readPreviousResults(dir)).toBeNull();
    writeFileSync(join(dir, 'latest.json'), 'not json');
    expect(readPreviousResults(dir)).toBeNull();
    const saved = {
      startedAt: '2026-12-06T15:00:00.000Z',
      runsPerFigure: 3,
      figures: [{ scenario, name: 'A', unit: '/s', median: 5, min: 4, max: 6, runs: [4, 5, 6] }],
    };
    writeFileSync(join(dir, 'latest.json'), JSON.stringify(saved));
    expect(readPreviousResults(dir)).toEqual({
      startedAt: saved.startedAt,
      figures: [{ scenario, name: 'A', median: 5 }],
    });
  });
});
