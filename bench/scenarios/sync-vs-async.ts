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

/**
 * How many devices the simulated registers are spread over (BENCH_LOAD_DEVICES): a real register
 * has a browser of its own (its own thread and IndexedDB). Measured here, five against one made
 * no difference to the async p95: the two cores, shared with the server, are the limit.
 */
const loadDevices = Number(process.env.BENCH_LOAD_DEVICES ?? 5);

type Mode = 'sync' | 'async';

/** One device of the load: its harness page and the registers it runs. */
interface LoadDevice {
  harness: Harness;
  registers: string[];
}

/** What the scenario's simulated registers are driven through. */
interface Load {
  devices: LoadDevice[];
  hq: HqAdminClient;
  controls: TestControls;
}

/**
 * Switches the store's "Create customer in async mode" and has every register download its
 * settings again; throws unless each of them sees the new mode.
 */
async function switchMode(load: Load, mode: Mode): Promise<void> {
  await load.hq.setAsyncMode(store, mode === 'async');
  const modes = await Promise.all(
    load.devices.map(({ harness, registers }) => harness.call('downloadSettings', registers)),
  );
  if (modes.flat().some((asyncMode) => asyncMode !== (mode === 'async'))) {
    throw new Error(`Not every register switched to ${mode} mode.`);
  }
}

/**
 * Every register, on every device at once, creates `perRegister` customers; throws unless each
 * one was made in `mode`.
 */
async function createAll(
  load: Load,
  mode: Mode,
  perRegister: number,
  label: string,
): Promise<CreateLoad> {
  const loads = await Promise.all(
    load.devices.map(({ harness, registers }) =>
      harness.call('createCustomers', registers, perRegister, label),
    ),
  );
  const sum = (pick: (load: CreateLoad) => number) => loads.reduce((n, l) => n + pick(l), 0);
  const created: CreateLoad = {
    durationsMs: loads.flatMap((l) => l.durationsMs),
    sync: sum((l) => l.sync),
    async: sum((l) => l.async),
    fellBackToAsync: sum((l) => l.fellBackToAsync),
    failures: loads.flatMap((l) => l.failures),
  };
  const expected = load.devices.reduce((n, d) => n + d.registers.length, 0) * perRegister;
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
  const drained = await Promise.all(
    load.devices.map(({ harness }) => harness.call('settleDrains')),
  );
  const uploaded = drained.reduce((n, count) => n + count, 0);
  const { realtimeCalls } = await load.controls.stats();
  return { sync: sync.durationsMs, async: queued.durationsMs, uploaded, realtimeCalls };
}

/**
 * Item 2: fifty simulated registers (S001-R3 … R52, spread over `loadDevices` devices) each
 * create ten customers one after another, all at once, against a Real-time Service of limited
 * capacity: first in sync mode
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
    const devices: LoadDevice[] = [];
    try {
      for (let d = 0; d < loadDevices; d += 1) {
        devices.push({ harness: await openHarness(bench), registers: [] });
      }
      for (const [i, id] of simulatedRegisterIds.load.entries()) {
        const device = devices[i % devices.length];
        if (!device) throw new Error('BENCH_LOAD_DEVICES must be at least 1.');
        const code = await bench.hq.activationCode(id);
        device.registers.push(await device.harness.call('openRegister', id, code));
      }
      const load: Load = { devices, hq: bench.hq, controls };
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
      await Promise.all(devices.map(({ harness }) => harness.close()));
      await controls.setRealtimeCapacity(null);
      await bench.hq.setAsyncMode(store, false);
      await convertBacklog(bench.hq);
    }
    const note =
      `${capacity.concurrency} real-time calls at once, ${capacity.latencyMs} ms each; ` +
      `${simulatedRegisterIds.load.length} registers on ${loadDevices} devices`;
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
