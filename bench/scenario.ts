import type { Browser } from '@playwright/test';
import type { HqAdminClient } from '../e2e/chaos/hq-admin-client.ts';
import type { Figure } from './figures.ts';

/** What every scenario gets: the running server, a browser, HQ's admin API and the run count. */
export interface BenchContext {
  baseUrl: string;
  browser: Browser;
  hq: HqAdminClient;
  /** How many times each figure is measured (BENCH_RUNS, 3 unless set). */
  runs: number;
  /** How many customers HQ holds from the demo data (100,000). */
  demoCustomers: number;
  /** Prints a progress line. */
  log: (line: string) => void;
}

/** One numbered item of the suite: it measures and returns its figures. */
export interface Scenario {
  title: string;
  run: (context: BenchContext) => Promise<Figure[]>;
}

/**
 * What the scale items get: they start their own services (HQ and scale units, see
 * scale-services.ts) and simulate registers in Node, so they need neither the shared server
 * nor a browser.
 */
export interface ScaleContext {
  runs: number;
  log: (line: string) => void;
}

/** A numbered scale item (issue 12): it starts its own services, measures, and stops them. */
export interface ScaleScenario {
  title: string;
  run: (context: ScaleContext) => Promise<Figure[]>;
}
