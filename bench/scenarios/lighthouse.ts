import { chromium, type BrowserContext } from '@playwright/test';
import lighthouse, { type Flags, type Result } from 'lighthouse';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumLaunchOptions } from '../../e2e/chromium.ts';
import { figure, type Figure } from '../figures.ts';
import { activateRegister } from '../pos-register.ts';
import type { Scenario } from '../scenario.ts';

const title = '11. Lighthouse, first load on a tablet';

/**
 * The Chromium's remote-debugging port Lighthouse drives: LIGHTHOUSE_PORT, else the one above
 * the bench server's https port (BENCH_PORT + 2).
 */
const debuggingPort = Number(
  process.env.LIGHTHOUSE_PORT ?? Number(process.env.BENCH_PORT ?? 8484) + 2,
);

/** Where each run's full report goes, to read what Lighthouse flagged (bench-results/ is not kept in git). */
const reportDir = join('bench-results', 'lighthouse');

/** What one Lighthouse run of one page gives. */
interface PageScores {
  performance: number;
  accessibility: number;
  bestPractices: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  transferredKb: number;
  /** The best-practices audits that failed, for the note. */
  failedBestPractices: string[];
}

/** A category's score out of 100. */
function score(lhr: Result, category: string): number {
  return Math.round((lhr.categories[category]?.score ?? 0) * 100);
}

/** An audit's numeric value (ms or bytes). */
function numeric(lhr: Result, audit: string): number {
  const value = lhr.audits[audit]?.numericValue;
  if (value === undefined) throw new Error(`Lighthouse gave no value for ${audit}.`);
  return value;
}

/**
 * One Lighthouse 12 run with its mobile defaults (simulated slow 4G, a mid-range phone's CPU)
 * on the Chromium listening on `debuggingPort`. `keepStorage` keeps the origin's storage
 * (the activation, the register's database, its service worker) instead of starting fresh.
 */
async function runLighthouse(
  url: string,
  keepStorage: boolean,
  reportName: string,
): Promise<PageScores> {
  const flags: Flags = {
    port: debuggingPort,
    logLevel: 'error',
    output: 'json',
    onlyCategories: ['performance', 'accessibility', 'best-practices'],
    disableStorageReset: keepStorage,
  };
  const result = await lighthouse(url, flags);
  if (!result) throw new Error(`Lighthouse gave no result for ${url}.`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`);
  mkdirSync(reportDir, { recursive: true });
  writeFileSync(join(reportDir, `${reportName}.json`), JSON.stringify(lhr));
  const failedBestPractices = (lhr.categories['best-practices']?.auditRefs ?? [])
    .filter((ref) => ref.weight > 0 && lhr.audits[ref.id]?.score === 0)
    .map((ref) => ref.id);
  return {
    performance: score(lhr, 'performance'),
    accessibility: score(lhr, 'accessibility'),
    bestPractices: score(lhr, 'best-practices'),
    fcpMs: numeric(lhr, 'first-contentful-paint'),
    lcpMs: numeric(lhr, 'largest-contentful-paint'),
    tbtMs: numeric(lhr, 'total-blocking-time'),
    transferredKb: numeric(lhr, 'total-byte-weight') / 1000,
    failedBestPractices,
  };
}

/** The figures of one page over its runs. */
function pageFigures(page: string, runs: readonly PageScores[]): Figure[] {
  const of = (pick: (run: PageScores) => number) => runs.map(pick);
  const failed = [...new Set(runs.flatMap((run) => run.failedBestPractices))];
  return [
    figure(
      title,
      `${page}: performance`,
      'score',
      of((r) => r.performance),
      { atLeast: 90 },
    ),
    figure(
      title,
      `${page}: best practices`,
      'score',
      of((r) => r.bestPractices),
      { atLeast: 100 },
      failed.length > 0 ? `failed: ${failed.join(', ')}` : undefined,
    ),
    figure(
      title,
      `${page}: accessibility`,
      'score',
      of((r) => r.accessibility),
    ),
    figure(
      title,
      `${page}: first contentful paint`,
      'ms',
      of((r) => r.fcpMs),
    ),
    figure(
      title,
      `${page}: largest contentful paint`,
      'ms',
      of((r) => r.lcpMs),
    ),
    figure(
      title,
      `${page}: total blocking time`,
      'ms',
      of((r) => r.tbtMs),
    ),
    figure(
      title,
      `${page}: bytes transferred`,
      'kB',
      of((r) => r.transferredKb),
    ),
  ];
}

/**
 * Item 11: Lighthouse 12 with its mobile defaults against the built app, as a tablet's first
 * load: the activation page of a fresh register, then the customer list of an activated one.
 * A Chromium of its own (a persistent profile with a remote-debugging port) is activated through
 * the UI by Playwright; Lighthouse then loads the page in that profile, keeping its storage.
 */
export const lighthouseScores: Scenario = {
  title: 'Lighthouse, first load on a tablet',
  async run(bench) {
    const profile = mkdtempSync(join(tmpdir(), 'pos-bench-lighthouse-'));
    let context: BrowserContext | null = null;
    try {
      context = await chromium.launchPersistentContext(profile, {
        ...chromiumLaunchOptions,
        args: [
          ...(chromiumLaunchOptions.args ?? []),
          '--headless=new',
          `--remote-debugging-port=${debuggingPort}`,
        ],
        baseURL: bench.baseUrl,
        serviceWorkers: 'allow',
      });
      const activationRuns: PageScores[] = [];
      for (let run = 1; run <= bench.runs; run += 1) {
        activationRuns.push(await runLighthouse(`${bench.baseUrl}/`, false, `activation-${run}`));
      }
      const page = context.pages()[0] ?? (await context.newPage());
      await activateRegister(page, bench.hq, 'Shibuya Store', 2);
      // Lighthouse opens its own tab: this one stays, idle, so the browser keeps running.
      await page.goto('about:blank');
      const customerListRuns: PageScores[] = [];
      for (let run = 1; run <= bench.runs; run += 1) {
        customerListRuns.push(
          await runLighthouse(`${bench.baseUrl}/`, true, `customer-list-${run}`),
        );
      }
      return [
        ...pageFigures('Activation page', activationRuns),
        ...pageFigures('Customer list', customerListRuns),
      ];
    } finally {
      await context?.close();
      rmSync(profile, { recursive: true, force: true });
    }
  },
};
