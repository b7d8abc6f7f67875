import { request } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { hqAdminClient } from '../e2e/chaos/hq-admin-client.ts';
import { startBenchServer, benchDemoCustomers } from './bench-server.ts';
import { launchChromium } from './chromium.ts';
import { withChanges, type Figure } from './figures.ts';
import { markdownTable, readPreviousResults, writeResults, type BenchResults } from './report.ts';
import type { BenchContext } from './scenario.ts';
import { runOrder, scaleScenarios, scenarios } from './scenarios/index.ts';

/**
 * `npm run bench`: builds the POS and the bench harness, starts the real server with 100k demo
 * customers, and runs every scenario in headless Chromium, BENCH_RUNS times each (3 unless set;
 * BENCH_ONLY=1,4 runs only those items; BENCH_SKIP_BUILD=1 uses the last build). Then issue
 * 12's scale items (8–10), which start their own services; with only those picked, nothing is
 * built and neither the shared server nor Chromium starts. Prints the table (each figure beside
 * its limit where it has one, and its change against the previous bench-results/latest.json)
 * and writes bench-results/.
 */
/** Where each run's results go; `latest.json` there is the previous run for the Change column. */
const resultsDir = 'bench-results';

async function main(): Promise<void> {
  const runs = Number(process.env.BENCH_RUNS ?? 3);
  if (!Number.isInteger(runs) || runs < 1)
    throw new Error('BENCH_RUNS must be a positive integer.');
  const only = (process.env.BENCH_ONLY ?? '').split(',').filter(Boolean).map(Number);
  const started = Date.now();
  // Read before this run replaces it: the Change column compares with it.
  const previous = readPreviousResults(resultsDir);
  const log = (line: string) =>
    console.log(`[${((Date.now() - started) / 1000).toFixed(1)} s] ${line}`);

  const figures: Figure[] = [];
  /** Items 1–7: build, the shared server with 100k customers, and Chromium; returns its version. */
  async function runSharedScenarios(): Promise<string> {
    if (process.env.BENCH_SKIP_BUILD === '1') {
      log('using the existing dist/ and dist-bench/ (BENCH_SKIP_BUILD=1)');
    } else {
      log('building the POS and the bench harness');
      execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { stdio: 'inherit' });
      execFileSync('npx', ['vite', 'build', '-c', 'vite.bench.config.ts', '--logLevel', 'error'], {
        stdio: 'inherit',
      });
    }
    log(`starting the server with ${benchDemoCustomers.toLocaleString('en-US')} demo customers`);
    const server = await startBenchServer();
    const browser = await launchChromium();
    const version = `Chromium ${browser.version()}`;
    const api = await request.newContext({ baseURL: server.baseUrl });
    try {
      const context: BenchContext = {
        baseUrl: server.baseUrl,
        browser,
        hq: hqAdminClient(api),
        runs,
        demoCustomers: benchDemoCustomers,
        log,
      };
      for (const number of runOrder) {
        const scenario = scenarios.get(number);
        if (!scenario || (only.length > 0 && !only.includes(number))) continue;
        log(`${number}. ${scenario.title}`);
        figures.push(...(await scenario.run(context)));
      }
    } finally {
      await api.dispose();
      await browser.close();
      await server.dispose();
    }
    return version;
  }

  const picked = (number: number) => only.length === 0 || only.includes(number);
  let chromium = 'Chromium not started';
  if (runOrder.some((number) => scenarios.has(number) && picked(number))) {
    chromium = await runSharedScenarios();
  }
  for (const [number, scenario] of scaleScenarios) {
    if (!picked(number)) continue;
    log(`${number}. ${scenario.title}`);
    figures.push(...(await scenario.run({ runs, log })));
  }
  const results: BenchResults = {
    startedAt: new Date(started).toISOString(),
    durationSeconds: Math.round((Date.now() - started) / 1000),
    runsPerFigure: runs,
    machine: {
      cpus: cpus().length,
      memoryGiB: Math.round(totalmem() / 2 ** 30),
      node: process.versions.node,
      chromium,
    },
    previousStartedAt: previous?.startedAt ?? null,
    // In the order: each scenario's label starts with its number.
    figures: withChanges(
      figures.sort((a, b) => parseInt(a.scenario, 10) - parseInt(b.scenario, 10)),
      previous?.figures ?? null,
    ),
  };
  console.log(`\n${markdownTable(results)}`);
  for (const path of writeResults(resultsDir, results)) log(`wrote ${path}`);
}

await main();
