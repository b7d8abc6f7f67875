import type { HqAdminClient } from '../../e2e/chaos/hq-admin-client.ts';
import { figure } from '../figures.ts';
import { testControls, type TestControls } from '../harness-controls.ts';
import type { CreateLoad } from '../harness-api.ts';
import { openHarness, type Harness } from '../harness-page.ts';
import { convertBacklog, runLabel, simulatedRegisterIds } from '../register-sim.ts';
import type { Scenario } from '../scenario.ts';
import { percentile } from '../stats.ts';

const title = '2. Sync vs async under load';
const store = 'S001';
const customersPerRegister = 10;

/** The Real-time Service's capacity during the scenario (BENCH_RT_CONCURRENCY, BENCH_RT_LATENCY_MS). */
const capacity = {
  concurrency: Number(process.env.BENCH_RT_CONCURRENCY ?? 4),
  latencyMs: Number(process.env.BENCH_RT_LATENCY_MS ?? 100),
};

type Mode = 'sync' | 'async';

/** What the scenario's simulated registers are driven through. */
interface Load {
  harness: Harness;
  hq: HqAdminClient;
  controls: TestControls;
  registers: string[];
}

/**
 * Switches the store's "Create customer in async mode" and has every register download its
 * settings again; throws unless each of them sees the new mode.
 */
async function switchMode(load: Load, mode: Mode): Promise<void> {
  await load.hq.setAsyncMode(store, mode === 'async');
  const modes = await load.harness.call('downloadSettings', load.registers);
  if (modes.some((asyncMode) => asyncMode !== (mode === 'async'))) {
    throw new Error(`Not every register switched to ${mode} mode.`);
  }
}

/** Every register creates `perRegister` customers; throws unless each one was made in `mode`. */
async function createAll(
  load: Load,
  mode: Mode,
  perRegister: number,
  label: string,
): Promise<CreateLoad> {
  const created = await load.harness.call('createCustomers', load.registers, perRegister, label);
  const expected = load.registers.length * perRegister;
  if (created.failures.length > 0 || created[mode] !== expected) {
    throw new Error(
      `${mode} load: ${created.sync} sync, ${created.async} async, ${created.fellBackToAsync} ` +
        `fell back to async, ${created.failures.length} failed ` +
        `(${created.failures[0] ?? 'no message'}); expected ${expected} ${mode}.`,
    );
  }
  return created;
}

/**
 * One round (run -1: the warm-up): the load in sync mode, then in async mode, counting the
 * real-time calls of the latter.
 */
async function round(load: Load, perRegister: number, run: number) {
  await switchMode(load, 'sync');
  const sync = await createAll(load, 'sync', perRegister, runLabel('Sync', run));
  await switchMode(load, 'async');
  await load.controls.resetStats();
  const queued = await createAll(load, 'async', perRegister, runLabel('Async', run));
  const uploaded = await load.harness.call('settleDrains');
  const { realtimeCalls } = await load.controls.stats();
  return { sync: sync.durationsMs, async: queued.durationsMs, uploaded, realtimeCalls };
}

/**
 * Item 2: fifty simulated registers (S001-R3 … R52) each create ten customers one after
 * another, all at once, against a Real-time Service of limited capacity: first in sync mode
 * (every creation waits for HQ), then in async mode (every creation is queued on the register
 * and uploaded in the background, outside the timing). Async mode must not call the Real-time
 * Service at all. An unmeasured round of one customer each lets the page compile first.
 */
export const syncVersusAsync: Scenario = {
  title: 'Sync vs async under load',
  async run(bench) {
    const controls = testControls(bench.baseUrl);
    const p50 = { sync: [] as number[], async: [] as number[] };
    const p95 = { sync: [] as number[], async: [] as number[] };
    const realtimeCalls: number[] = [];
    const harness = await openHarness(bench);
    try {
      const registers: string[] = [];
      for (const id of simulatedRegisterIds.load) {
        registers.push(await harness.call('openRegister', id, await bench.hq.activationCode(id)));
      }
      const load: Load = { harness, hq: bench.hq, controls, registers };
      await controls.setRealtimeCapacity(capacity);
      await round(load, 1, -1);
      for (let run = 0; run < bench.runs; run += 1) {
        const measured = await round(load, customersPerRegister, run);
        for (const mode of ['sync', 'async'] as const) {
          p50[mode].push(percentile(measured[mode], 50));
          p95[mode].push(percentile(measured[mode], 95));
        }
        realtimeCalls.push(measured.realtimeCalls);
        bench.log(
          `  run ${run + 1}: p95 sync ${p95.sync.at(-1)?.toFixed(0)} ms, async ` +
            `${p95.async.at(-1)?.toFixed(1)} ms; ${measured.uploaded} uploaded in the background`,
        );
      }
    } finally {
      await harness.close();
      await controls.setRealtimeCapacity(null);
      await bench.hq.setAsyncMode(store, false);
      await convertBacklog(bench.hq);
    }
    const note = `${capacity.concurrency} real-time calls at once, ${capacity.latencyMs} ms each`;
    return [
      figure(title, 'Create p50, sync mode', 'ms', p50.sync, null, note),
      figure(title, 'Create p95, sync mode', 'ms', p95.sync, null, note),
      figure(title, 'Create p50, async mode', 'ms', p50.async),
      figure(title, 'Create p95, async mode', 'ms', p95.async),
      figure(
        title,
        'p95 async / p95 sync',
        '×',
        p95.async.map((value, i) => value / (p95.sync[i] ?? Number.NaN)),
        { atMost: 0.1 },
      ),
      figure(title, 'Real-time calls in async mode', '', realtimeCalls, { atMost: 0 }),
    ];
  },
};
