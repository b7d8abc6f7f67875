import type { JobId, JobRun } from '../../src/contract/hq-admin.ts';
import { figure, figureBeside } from '../figures.ts';
import { rawSqliteInsertRate } from '../limits/sqlite-insert.ts';
import { openHarness, type Harness } from '../harness-page.ts';
import { convertBacklog, registerForRun, runLabel, simulatedRegisterIds } from '../register-sim.ts';
import type { BenchContext, Scenario } from '../scenario.ts';
import { englishText, readMessage } from '../../src/contract/messages.ts';

const title = '5. Full loop for 5k customers';
const pendingCustomers = 5000;
/** Customers of the unmeasured warm-up loop, which lets the page compile first. */
const warmUpCustomers = 500;
/** Downloads allowed before the loop counts as broken (one is enough when 1010 has run). */
const maxDownloads = 5;

const stages = ['upload', 'p-job', 'sync-customers', 'distribution-1010', 'download'] as const;
type Stage = (typeof stages)[number];
const stageNames: Record<Stage, string> = {
  upload: 'Upload',
  'p-job': 'P-job',
  'sync-customers': 'Sync job',
  'distribution-1010': '1010',
  download: 'Download',
};

/** One run: each stage's wall time, the sync job's own run and the raw insert rate beside it. */
interface LoopRun {
  totalMs: number;
  stageMs: Map<Stage, number>;
  syncJob: JobRun;
  rawInsertsPerSecond: number;
}

/** Runs a job and checks that it handled at least `expected` records without a failure. */
async function runJob(bench: BenchContext, job: JobId, expected: number): Promise<JobRun> {
  const run = await bench.hq.runJob(job);
  if (run.done < expected || run.failed > 0) {
    throw new Error(
      `${job} did ${run.done} of ${expected} (${run.failed} failed: ${run.errors[0] ? englishText(readMessage(run.errors[0])) : 'no error'}).`,
    );
  }
  return run;
}

/** Milliseconds as seconds; NaN for a stage that was not timed. */
const seconds = (ms: number | undefined): number => (ms ?? Number.NaN) / 1000;

/** How long a job run took by HQ's own timestamps (millisecond resolution). */
const jobMs = (run: JobRun): number =>
  run.endedAt === null ? Number.NaN : Date.parse(run.endedAt) - Date.parse(run.startedAt);

/**
 * A fresh register queues the customers and catches up with the feed (not timed); then the
 * loop, timed from Node: upload, the three HQ jobs, and downloads until every customer of the
 * register has its account number.
 */
async function loopOnce(
  bench: BenchContext,
  harness: Harness,
  run: number,
  customers: number,
): Promise<LoopRun> {
  const registerId = registerForRun(simulatedRegisterIds.fullLoop, run);
  const register = await harness.call(
    'openRegister',
    registerId,
    await bench.hq.activationCode(registerId),
  );
  await harness.call('queueCustomers', register, customers, runLabel('Loop', run));
  // Whatever other scenarios left at HQ is converted first, so the jobs see only this run's
  // customers; the register starts with every customer already in the feed, as in a store.
  await convertBacklog(bench.hq);
  await harness.call('skipToFeedHead', register);

  const stageMs = new Map<Stage, number>();
  const timed = async <T>(stage: Stage, work: () => Promise<T>): Promise<T> => {
    const started = performance.now();
    const result = await work();
    stageMs.set(stage, performance.now() - started);
    return result;
  };
  const started = performance.now();
  const upload = await timed('upload', () => harness.call('drain', register));
  if (upload.accepted !== customers) {
    throw new Error(`The upload accepted ${upload.accepted} of ${customers}.`);
  }
  await timed('p-job', () => runJob(bench, 'p-job', customers));
  const syncJob = await timed('sync-customers', () => runJob(bench, 'sync-customers', customers));
  await timed('distribution-1010', () => runJob(bench, 'distribution-1010', customers));
  const download = await timed('download', () =>
    harness.call('downloadUntilSynced', register, maxDownloads),
  );
  const totalMs = performance.now() - started;
  if (download.pending > 0) {
    throw new Error(
      `${download.pending} customers still pending after ${download.rounds} downloads.`,
    );
  }
  await harness.call('closeRegister', register);
  const rawInsertsPerSecond = rawSqliteInsertRate(customers, runLabel('Raw', run));
  return { totalMs, stageMs, syncJob, rawInsertsPerSecond };
}

/**
 * Item 5: 5,000 customers queued on a register, from the start of its upload until the
 * register holds every one of them with HQ's account number: upload, P-job, sync job, 1010 and
 * download, with the HQ jobs run by hand (the schedule is off). Beside the sync job, its limit
 * right after each loop: the same number of customers inserted by better-sqlite3 alone in one
 * transaction, into a table shaped like HQ's (see limits/sqlite-insert.ts).
 */
export const fullLoop: Scenario = {
  title: 'Full loop for 5k customers',
  async run(bench) {
    const runs: LoopRun[] = [];
    const harness = await openHarness(bench);
    try {
      await loopOnce(bench, harness, 0, warmUpCustomers);
      for (let run = 0; run < bench.runs; run += 1) {
        const loop = await loopOnce(bench, harness, run, pendingCustomers);
        runs.push(loop);
        const stagesText = stages
          .map((stage) => `${stageNames[stage]} ${seconds(loop.stageMs.get(stage)).toFixed(2)}`)
          .join(', ');
        bench.log(`  run ${run + 1}: ${seconds(loop.totalMs).toFixed(2)} s (${stagesText} s)`);
      }
    } finally {
      await harness.close();
    }
    return [
      figure(
        title,
        'Total',
        's',
        runs.map((r) => seconds(r.totalMs)),
        { atMost: 10 },
      ),
      ...stages.map((stage) =>
        figure(
          title,
          stageNames[stage],
          's',
          runs.map((r) => seconds(r.stageMs.get(stage))),
        ),
      ),
      figureBeside(
        title,
        'Sync job alone',
        '/s',
        runs.map((r) => r.syncJob.done / seconds(jobMs(r.syncJob))),
        {
          limit: {
            name: 'raw better-sqlite3 inserts, one transaction',
            perRun: runs.map((r) => r.rawInsertsPerSecond),
          },
          ratioTarget: { atLeast: 0.15 },
          note: "customers converted / the run's startedAt–endedAt",
        },
      ),
    ];
  },
};
