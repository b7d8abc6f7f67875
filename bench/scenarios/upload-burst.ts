import { benchRecord } from '../harness/bench-drafts.ts';
import { positiveIntSetting } from '../bench-settings.ts';
import { figure } from '../figures.ts';
import {
  activateRegisters,
  registerClient,
  registerIds,
  registerPool,
  type NodeRegister,
  type RegisterClient,
} from '../node-registers.ts';
import { startScaleSystem } from '../scale-services.ts';
import type { ScaleScenario } from '../scenario.ts';
import { percentile } from '../stats.ts';

const title = '9. 200 registers uploading at once';
/** Registers uploading together (BENCH_UPLOAD_REGISTERS): S001-R1 onwards. */
const registers = positiveIntSetting('BENCH_UPLOAD_REGISTERS', 200, 999);
/** Customer records in each register's batch (BENCH_UPLOAD_BATCH; the POS sends up to 500). */
const batchSize = positiveIntSetting('BENCH_UPLOAD_BATCH', 25, 500);
/** Uploads of one register alone, one after another: the machine's baseline. */
const aloneUploads = 20;

/** Uploads one batch of fresh records and returns how long the answer took, in ms. */
async function timedUpload(
  client: RegisterClient,
  register: NodeRegister,
  label: string,
): Promise<number> {
  const records = Array.from({ length: batchSize }, (_, i) => benchRecord(label, i));
  const started = performance.now();
  const accepted = await client.upload(register, records);
  const ms = performance.now() - started;
  if (accepted !== batchSize) {
    throw new Error(`${register.registerId}: ${accepted} of ${batchSize} records accepted.`);
  }
  return ms;
}

/**
 * Item 9 (issue 12): 200 simulated registers (HQ and one scale unit as two processes) each send
 * one upload batch of `batchSize` new customer records at the same moment, as the POS's outbox
 * drain sends them; each upload's latency (request sent to answer read) is timed in the bench.
 * The machine's baseline beside it: one register's uploads of the same size alone.
 */
export const uploadBurst: ScaleScenario = {
  title: '200 registers uploading at once',
  async run(bench) {
    const ids = registerIds('S001', 1, registers);
    bench.log(`  starting HQ and a scale unit; ${registers} registers × ${batchSize} records`);
    const system = await startScaleSystem({
      layout: 'split',
      demoCustomers: 0,
      extraRegisters: Math.max(0, registers - 2),
    });
    const pool = registerPool(registers + 8);
    const burst: number[][] = [];
    const alone: number[][] = [];
    const rates: number[] = [];
    try {
      const client = registerClient(system.unitUrl, pool);
      bench.log(`  services up; activating ${ids.length} registers`);
      const all = await activateRegisters(system.hq, client, ids);
      const [first] = all;
      if (!first) throw new Error('No register activated.');
      // Warm-up: every register's connection open and the upload path compiled.
      await Promise.all(all.map((register, i) => timedUpload(client, register, `Warm${i}-`)));
      for (let run = 0; run < bench.runs; run += 1) {
        const times: number[] = [];
        for (let i = 0; i < aloneUploads; i += 1) {
          times.push(await timedUpload(client, first, `Alone${run}-${i}-`));
        }
        alone.push(times);
        const started = performance.now();
        burst.push(
          await Promise.all(
            all.map((register, i) => timedUpload(client, register, `Burst${run}-${i}-`)),
          ),
        );
        const seconds = (performance.now() - started) / 1000;
        rates.push((registers * batchSize) / seconds);
        bench.log(
          `  run ${run + 1}: burst p95 ${percentile(burst.at(-1) ?? [], 95).toFixed(0)} ms ` +
            `(all answered in ${seconds.toFixed(2)} s); alone p50 ` +
            `${percentile(times, 50).toFixed(1)} ms`,
        );
      }
    } finally {
      await pool.close();
      await system.dispose();
    }
    const p = (runs: number[][], rank: number) => runs.map((times) => percentile(times, rank));
    const note = `${registers} × ${batchSize} records`;
    return [
      figure(title, 'Upload latency p50, all at once', 'ms', p(burst, 50), null, note),
      figure(title, 'Upload latency p95, all at once', 'ms', p(burst, 95), null, note),
      figure(title, 'Upload latency max, all at once', 'ms', p(burst, 100), null, note),
      figure(title, 'Records/s accepted in the burst', '/s', rates),
      figure(title, 'Baseline: one register alone, p50', 'ms', p(alone, 50), null, note),
      figure(
        title,
        'p95 all at once / p50 alone',
        '×',
        burst.map((times, i) => percentile(times, 95) / percentile(alone[i] ?? [], 50)),
      ),
      figure(
        title,
        `p95 all at once / ${registers} uploads alone one after another`,
        '×',
        burst.map(
          (times, i) => percentile(times, 95) / (registers * percentile(alone[i] ?? [], 50)),
        ),
        null,
        '1 = no cost beyond taking them in turn',
      ),
    ];
  },
};
