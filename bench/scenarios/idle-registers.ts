import { setMaxListeners } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { positiveIntSetting } from '../bench-settings.ts';
import { figure } from '../figures.ts';
import {
  activateRegisters,
  inParallel,
  openEventStream,
  registerClient,
  registerIds,
  registerPool,
  type EventStream,
  type NodeRegister,
  type RegisterClient,
} from '../node-registers.ts';
import { startScaleSystem, type ScaleSystem } from '../scale-services.ts';
import type { ScaleScenario } from '../scenario.ts';

const title = '8. 1,000 idle registers, push vs polling';
/** Registers connected (BENCH_IDLE_REGISTERS): S001-R1 … R999, then S002-R1. */
const registers = positiveIntSetting('BENCH_IDLE_REGISTERS', 1000, 1000);
/** Seconds each measuring window lasts (BENCH_IDLE_SECONDS). */
const windowSeconds = positiveIntSetting('BENCH_IDLE_SECONDS', 20, 3600);
/** What registers did before issue 12: heartbeat, config and feed every 5 s. */
const pollIntervalMs = 5000;
/** The flat-out measurement: this many registers cycling with no pause, for this long. */
const saturationRegisters = 200;
const saturationSeconds = 5;

/** What one window measured at the scale unit. */
interface Window {
  requestsPerSecond: number;
  /** CPU of the scale-unit process, in % of one core. */
  cpuPercent: number;
  /** CPU of the bench's own process (the simulated registers), logged only. */
  benchCpuPercent: number;
}

/** Requests sent by the simulated registers and answered, and failures. */
interface Counter {
  answered: number;
  failed: number;
  /** The first failure's message, for the log. */
  firstError?: string;
}

const cpuMicros = (usage: NodeJS.CpuUsage) => usage.user + usage.system;

/** Measures `seconds` of the scale unit: CPU from /proc and the requests `counter` saw answered. */
async function measure(system: ScaleSystem, counter: Counter, seconds: number): Promise<Window> {
  const answered = counter.answered;
  const cpu = system.unitProcess.cpuSeconds();
  const benchCpu = process.cpuUsage();
  const started = performance.now();
  await sleep(seconds * 1000);
  const elapsed = (performance.now() - started) / 1000;
  return {
    requestsPerSecond: (counter.answered - answered) / elapsed,
    cpuPercent: ((system.unitProcess.cpuSeconds() - cpu) / elapsed) * 100,
    benchCpuPercent: (cpuMicros(process.cpuUsage(benchCpu)) / 1e6 / elapsed) * 100,
  };
}

/** One poll as the POS did it every 5 s: heartbeat, config, then the feed from its cursor. */
async function pollOnce(
  client: RegisterClient,
  register: NodeRegister,
  cursor: number,
  counter: Counter,
): Promise<void> {
  try {
    await client.heartbeat(register);
    counter.answered += 1;
    await client.config(register);
    counter.answered += 1;
    await client.feed(register, cursor);
    counter.answered += 1;
  } catch (error) {
    counter.failed += 1;
    counter.firstError ??= String(error);
  }
}

/**
 * Every register polling every 5 s, their starts spread over the first interval, until `stop`
 * aborts; resolves when every register's last poll has ended.
 */
async function pollEvery5s(
  client: RegisterClient,
  all: readonly NodeRegister[],
  cursor: number,
  counter: Counter,
  stop: AbortSignal,
): Promise<void> {
  setMaxListeners(all.length + 10, stop);
  await Promise.all(
    all.map(async (register, index) => {
      let due = performance.now() + (index / all.length) * pollIntervalMs;
      for (;;) {
        const wait = due - performance.now();
        if (wait > 0) await sleep(wait, undefined, { signal: stop }).catch(() => undefined);
        if (stop.aborted) return;
        await pollOnce(client, register, cursor, counter);
        due += pollIntervalMs;
      }
    }),
  );
}

/** The machine's limit: a few registers polling with no pause, flat out. */
async function saturate(
  system: ScaleSystem,
  client: RegisterClient,
  all: readonly NodeRegister[],
  cursor: number,
): Promise<Window> {
  const counter: Counter = { answered: 0, failed: 0 };
  const stop = new AbortController();
  const loops = all.slice(0, saturationRegisters).map(async (register) => {
    while (!stop.signal.aborted) await pollOnce(client, register, cursor, counter);
  });
  await sleep(1000);
  const window = await measure(system, counter, saturationSeconds);
  stop.abort();
  await Promise.all(loops);
  return window;
}

/** Opens every register's stream and downloads config and feed once, as the POS does on hello. */
async function connectAll(
  system: ScaleSystem,
  client: RegisterClient,
  pool: Parameters<typeof openEventStream>[1],
  all: readonly NodeRegister[],
  cursor: number,
): Promise<EventStream[]> {
  return inParallel(all, 16, async (register) => {
    const stream = await openEventStream(system.unitUrl, pool, register);
    await client.config(register);
    await client.feed(register, cursor);
    return stream;
  });
}

/**
 * Item 8 (issue 12): 1,000 simulated registers on one scale unit (HQ and the scale unit as two
 * processes), idle. Each window reads the scale-unit process's CPU from /proc/<pid>/stat and
 * counts the requests the registers sent that it answered: nothing connected (the floor); every
 * register holding its event stream (push); every register polling heartbeat, config and feed
 * every 5 s (before issue 12). The machine's limit beside them: 200 registers polling flat out (enough to keep it busy).
 */
export const idleRegisters: ScaleScenario = {
  title: '1,000 idle registers: push vs 5-second polling',
  async run(bench) {
    const ids = [
      ...registerIds('S001', 1, Math.min(registers, 999)),
      ...registerIds('S002', 1, Math.max(0, registers - 999)),
    ];
    bench.log(`  starting HQ and a scale unit with ${ids.length} registers`);
    const system = await startScaleSystem({
      layout: 'split',
      demoCustomers: 1000,
      extraRegisters: Math.min(registers, 999) - 2,
    });
    const pool = registerPool(ids.length + 64);
    const floor: Window[] = [];
    const push: Window[] = [];
    const polling: Window[] = [];
    /** Stream events a second the registers received while holding their streams. */
    const pings: number[] = [];
    const limit: Window[] = [];
    try {
      const client = registerClient(system.unitUrl, pool);
      bench.log(`  services up; activating ${ids.length} registers`);
      const all = await activateRegisters(system.hq, client, ids);
      const [first] = all;
      if (!first) throw new Error('No register activated.');
      const cursor = await client.feed(first, 0);
      bench.log(`  ${all.length} registers activated; ${windowSeconds} s a window`);
      for (let run = 0; run < bench.runs; run += 1) {
        floor.push(await measure(system, { answered: 0, failed: 0 }, windowSeconds));

        const streams = await connectAll(system, client, pool, all, cursor);
        await sleep(1000);
        const received = () => streams.reduce((sum, stream) => sum + stream.received, 0);
        const eventsBefore = received();
        const pushCounter: Counter = { answered: 0, failed: 0 };
        push.push(await measure(system, pushCounter, windowSeconds));
        const events = received() - eventsBefore;
        pings.push(events / windowSeconds);
        for (const stream of streams) stream.close();

        const pollCounter: Counter = { answered: 0, failed: 0 };
        const stop = new AbortController();
        const polls = pollEvery5s(client, all, cursor, pollCounter, stop.signal);
        await sleep(pollIntervalMs);
        polling.push(await measure(system, pollCounter, windowSeconds));
        stop.abort();
        await polls;
        if (pollCounter.failed > 0) {
          bench.log(`  ${pollCounter.failed} polls failed, the first: ${pollCounter.firstError}`);
        }

        limit.push(await saturate(system, client, all, cursor));
        const last = (windows: Window[]) => {
          const w = windows.at(-1);
          return w
            ? `${w.requestsPerSecond.toFixed(1)} req/s, CPU ${w.cpuPercent.toFixed(1)} % ` +
                `(bench ${w.benchCpuPercent.toFixed(0)} %)`
            : '';
        };
        bench.log(
          `  run ${run + 1}: floor ${last(floor)}; push ${last(push)} (${streams.length} streams, ` +
            `${events} events in the window); polling ${last(polling)}; flat out ${last(limit)}`,
        );
      }
    } finally {
      await pool.close();
      await system.dispose();
    }
    const rps = (windows: Window[]) => windows.map((w) => w.requestsPerSecond);
    const cpu = (windows: Window[]) => windows.map((w) => w.cpuPercent);
    const n = ids.length.toLocaleString('en-US');
    return [
      figure(title, 'Requests/s, nothing connected (floor)', '/s', rps(floor)),
      figure(title, `Requests/s, ${n} holding their event stream`, '/s', rps(push)),
      figure(title, `Stream events/s written, ${n} holding their event stream`, '/s', pings),
      figure(title, `Requests/s, ${n} polling every 5 s`, '/s', rps(polling)),
      figure(title, 'Requests/s, machine limit (200 registers polling flat out)', '/s', rps(limit)),
      figure(
        title,
        'Polling requests / machine limit',
        '%',
        polling.map((w, i) => (w.requestsPerSecond / (limit[i]?.requestsPerSecond ?? NaN)) * 100),
      ),
      figure(
        title,
        'Scale-unit CPU, nothing connected (floor)',
        '%',
        cpu(floor),
        null,
        'of one core',
      ),
      figure(title, 'Scale-unit CPU, push', '%', cpu(push), null, 'of one core'),
      figure(title, 'Scale-unit CPU, 5-s polling', '%', cpu(polling), null, 'of one core'),
      figure(
        title,
        'Scale-unit CPU, machine limit (flat out)',
        '%',
        cpu(limit),
        null,
        'of one core',
      ),
      figure(
        title,
        'CPU polling / push',
        '×',
        polling.map((w, i) => w.cpuPercent / (push[i]?.cpuPercent ?? NaN)),
      ),
    ];
  },
};
