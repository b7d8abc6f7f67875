import type { Scenario } from '../scenario.ts';
import { asyncCreate } from './async-create.ts';
import { bundleAndShell } from './bundle-and-shell.ts';
import { drain } from './drain.ts';
import { firstDownload } from './first-download.ts';
import { fullLoop } from './full-loop.ts';
import { search } from './search.ts';
import { syncVersusAsync } from './sync-vs-async.ts';

/** The suite's items, in the order (BENCH_ONLY picks them by these numbers). */
export const scenarios: readonly Scenario[] = [
  asyncCreate, // 1
  syncVersusAsync, // 2
  search, // 3
  drain, // 4
  fullLoop, // 5
  firstDownload, // 6
  bundleAndShell, // 7
];
