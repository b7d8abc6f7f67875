import { noFaults } from '../../e2e/chaos/hq-admin-client.ts';
import { figure, figureBeside } from '../figures.ts';
import type { DrainResult, WorkboxReplay } from '../harness-api.ts';
import { openHarness, type Harness } from '../harness-page.ts';
import { convertBacklog, registerForRun, runLabel, simulatedRegisterIds } from '../register-sim.ts';
import type { BenchContext, Scenario } from '../scenario.ts';

const title = '4. Upload drain of 5k pending customers';
const pendingCustomers = 5000;
/** Customers of the unmeasured warm-up run, which lets the page and its worker compile first. */
const warmUpCustomers = 500;

/** Our outbox: the register queues the customers (not timed), then drains them, timed. */
async function drainOurs(
  harness: Harness,
  register: string,
  customers: number,
  label: string,
): Promise<DrainResult> {
  await harness.call('queueCustomers', register, customers, label);
  const result = await harness.call('drain', register);
  if (result.accepted !== customers || result.retryLater > 0) {
    throw new Error(
      `The drain accepted ${result.accepted} of ${customers} (${result.duplicates} duplicates, ` +
        `${result.rejected} rejected, ${result.retryLater} to retry: ${result.error ?? 'no error'}).`,
    );
  }
  return result;
}

/** Workbox's stock queue in the bench service worker: one request per record, replayed, timed. */
async function replayWorkbox(
  harness: Harness,
  register: string,
  customers: number,
  label: string,
): Promise<WorkboxReplay> {
  const result = await harness.call('workboxReplay', register, customers, label);
  if (result.left > 0 || result.missing > 0) {
    throw new Error(
      `Workbox's replay left ${result.left} requests queued; ${result.missing} sampled records ` +
        'missing at the scale unit.',
    );
  }
  return result;
}

/**
 * The drain's limit: the same outbox sent again, timed, while the scale unit only answers (test
 * control `uploadsAnswerOnly`: every record accepted, nothing stored).
 */
async function drainNoop(
  bench: BenchContext,
  harness: Harness,
  register: string,
  customers: number,
): Promise<number> {
  await bench.hq.setFaults({ ...noFaults, uploadsAnswerOnly: true });
  const result = await harness
    .call('noopDrain', register)
    .finally(() => bench.hq.setFaults(noFaults));
  if (result.sent !== customers) {
    throw new Error(`The no-op drain sent ${result.sent} of ${customers}.`);
  }
  return result.ms;
}

/** Customers uploaded per second, by each way, in one run with a fresh register. */
async function runOnce(
  bench: BenchContext,
  harness: Harness,
  run: number,
  customers: number,
): Promise<{ ours: number; noop: number; workbox: number }> {
  const registerId = registerForRun(simulatedRegisterIds.drain, run);
  const register = await harness.call(
    'openRegister',
    registerId,
    await bench.hq.activationCode(registerId),
  );
  const drained = await drainOurs(harness, register, customers, runLabel('Drain', run));
  const noopMs = await drainNoop(bench, harness, register, customers);
  const replayed = await replayWorkbox(harness, register, customers, runLabel('Workbox', run));
  await harness.call('closeRegister', register);
  const seconds = (ms: number) => (ms / 1000).toFixed(2);
  bench.log(
    `  ${customers} customers: ours ${seconds(drained.ms)} s, no-op ${seconds(noopMs)} s, Workbox replay ` +
      `${seconds(replayed.replayMs)} s (queued in ${seconds(replayed.queueMs)} s)`,
  );
  return {
    ours: customers / (drained.ms / 1000),
    noop: customers / (noopMs / 1000),
    workbox: customers / (replayed.replayMs / 1000),
  };
}

/**
 * Item 4: a fresh simulated register with 5,000 customers waiting in its outbox drains them with
 * the POS's own upload (batches of up to 500), against Workbox's stock Background Sync queue
 * (one request per record, replayed one after another) uploading 5,000 records of the same
 * register from the bench service worker. Its limit, in the same run: the same outbox put back to
 * pending and sent in the same batches, with the same write-back, to the same endpoint switched
 * to only answer (see harness/noop-drain.ts).
 */
export const drain: Scenario = {
  title: 'Upload drain of 5k pending customers',
  async run(bench) {
    const ours: number[] = [];
    const noop: number[] = [];
    const workbox: number[] = [];
    const harness = await openHarness(bench);
    try {
      await runOnce(bench, harness, 0, warmUpCustomers);
      for (let run = 0; run < bench.runs; run += 1) {
        const rates = await runOnce(bench, harness, run, pendingCustomers);
        ours.push(rates.ours);
        noop.push(rates.noop);
        workbox.push(rates.workbox);
      }
    } finally {
      await harness.close();
      await convertBacklog(bench.hq);
    }
    return [
      figureBeside(title, 'Ours', '/s', ours, {
        limit: { name: 'no-op drain (endpoint only answers)', perRun: noop },
        ratioTarget: { atLeast: 0.7 },
      }),
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
