import type { ScaleScenario, Scenario } from '../scenario.ts';
import { asyncCreate } from './async-create.ts';
import { bundleAndShell } from './bundle-and-shell.ts';
import { drain } from './drain.ts';
import { firstDownload } from './first-download.ts';
import { fullLoop } from './full-loop.ts';
import { idleRegisters } from './idle-registers.ts';
import { lighthouseScores } from './lighthouse.ts';
import { linkThroughput } from './link-throughput.ts';
import { search } from './search.ts';
import { syncVersusAsync } from './sync-vs-async.ts';
import { uploadBurst } from './upload-burst.ts';

/** The suite's items by their number in the issue (BENCH_ONLY picks them by these numbers). */
export const scenarios: ReadonlyMap<number, Scenario> = new Map([
  [1, asyncCreate],
  [2, syncVersusAsync],
  [3, search],
  [4, drain],
  [5, fullLoop],
  [6, firstDownload],
  [7, bundleAndShell],
  [11, lighthouseScores],
]);

/**
 * The order they run in: the first download and the search first, while HQ holds its 100k demo
 * customers, before the others create tens of thousands more.
 */
export const runOrder: readonly number[] = [6, 3, 1, 2, 4, 5, 7, 11];

/**
 * Issue 12's scale items, after the others: each starts its own HQ and scale unit (not the shared
 * server) and simulates registers in Node.
 */
export const scaleScenarios: ReadonlyMap<number, ScaleScenario> = new Map([
  [8, idleRegisters],
  [9, uploadBurst],
  [10, linkThroughput],
]);
