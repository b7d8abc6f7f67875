import { figure } from '../figures.ts';
import type { DrainResult, WorkboxReplay } from '../harness-api.ts';
import { openHarness, type Harness } from '../harness-page.ts';
import { convertBacklog, registerForRun, runLabel, simulatedRegisterIds } from '../register-sim.ts';
import type { Scenario } from '../scenario.ts';

const title = '4. Upload drain of 5k pending customers';
const pendingCustomers = 5000;

/** Our outbox: a fresh register queues the customers (not timed), then drains them, timed. */
async function drainOurs(harness: Harness, register: string, label: string): Promise<DrainResult> {
  await harness.call('queueCustomers', register, pendingCustomers, label);
  const result = await harness.call('drain', register);
  if (result.accepted !== pendingCustomers || result.retryLater > 0) {
    throw new Error(
      `The drain accepted ${result.accepted} of ${pendingCustomers} (${result.duplicates} ` +
        `duplicates, ${result.rejected} rejected, ${result.retryLater} to retry: ${result.error ?? 'no error'}).`,
    );
  }
  return result;
}

/** Workbox's stock queue in the bench service worker: one request per record, replayed, timed. */
async function replayWorkbox(
  harness: Harness,
  register: string,
  label: string,
): Promise<WorkboxReplay> {
  const result = await harness.call('workboxReplay', register, pendingCustomers, label);
  if (result.left > 0 || result.missing > 0) {
    throw new Error(
      `Workbox's replay left ${result.left} requests queued; ${result.missing} sampled records missing at the scale unit.`,
    );
  }
  return result;
}

/**
 * Item 4: a fresh simulated register with 5,000 customers waiting in its outbox drains them with
 * the POS's own upload (batches of up to 500), against Workbox's stock Background Sync queue
 * (one request per record, replayed one after another) uploading 5,000 records of the same
 * register from the bench service worker.
 */
export const drain: Scenario = {
  title: 'Upload drain of 5k pending customers',
  async run(bench) {
    const ours: number[] = [];
    const workbox: number[] = [];
    const harness = await openHarness(bench);
    try {
      for (let run = 0; run < bench.runs; run += 1) {
        const register = await harness.call(
          'openRegister',
          registerForRun(simulatedRegisterIds.drain, run),
        );
        const drained = await drainOurs(harness, register, runLabel('Drain', run));
        const replayed = await replayWorkbox(harness, register, runLabel('Workbox', run));
        await harness.call('closeRegister', register);
        ours.push(pendingCustomers / (drained.ms / 1000));
        workbox.push(pendingCustomers / (replayed.replayMs / 1000));
        bench.log(
          `  run ${run + 1}: ours ${(drained.ms / 1000).toFixed(2)} s, Workbox replay ` +
            `${(replayed.replayMs / 1000).toFixed(2)} s (queued in ${(replayed.queueMs / 1000).toFixed(1)} s)`,
        );
      }
    } finally {
      await harness.close();
      await convertBacklog(bench.hq);
    }
    return [
      figure(title, 'Ours', '/s', ours, { atLeast: 2000 }),
      figure(title, 'Workbox Background Sync queue', '/s', workbox),
      figure(
        title,
        'Ours / Workbox',
        '×',
        ours.map((value, i) => value / (workbox[i] ?? Number.NaN)),
        { atLeast: 5 },
      ),
    ];
  },
};
