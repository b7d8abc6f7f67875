import { uploadBatchMax } from '../../src/contract/upload.ts';
import type { JobRun } from '../../src/contract/hq-admin.ts';
import { benchRecord } from '../harness/bench-drafts.ts';
import { positiveIntSetting } from '../bench-settings.ts';
import { figure } from '../figures.ts';
import { activateRegisters, registerClient, registerPool } from '../node-registers.ts';
import { startScaleSystem, type ScaleLayout } from '../scale-services.ts';
import type { ScaleContext, ScaleScenario } from '../scenario.ts';
import { englishText, readMessage } from '../../src/contract/messages.ts';

const title = '10. P-job and 1010 over HTTP vs in-process';
/** Records pulled by the P-job and customers pushed by 1010 each run (BENCH_LINK_RECORDS). */
const records = positiveIntSetting('BENCH_LINK_RECORDS', 5000, 200_000);

/** How long a job run took by its own history (startedAt to endedAt), in seconds. */
function runSeconds(run: JobRun): number {
  if (run.endedAt === null) throw new Error(`Run ${run.id} of ${run.jobId} has not ended.`);
  if (run.failed > 0 || run.errors.length > 0) {
    throw new Error(
      `${run.jobId} failed ${run.failed}: ${run.errors.map((error) => englishText(readMessage(error))).join('; ')}`,
    );
  }
  return (Date.parse(run.endedAt) - Date.parse(run.startedAt)) / 1000;
}

/** Records per second of each job, one value per run. */
interface Throughput {
  pJob: number[];
  distribution: number[];
}

/**
 * One layout: fresh services; per run a register uploads `records` new customers (not timed),
 * then HQ's P-job pulls them (timed), the sync job converts them (not timed) and 1010 pushes
 * the new customers to the scale unit (timed), each run through HQ's API and timed by the run's
 * own history.
 */
async function measureLayout(bench: ScaleContext, layout: ScaleLayout): Promise<Throughput> {
  const system = await startScaleSystem({ layout, demoCustomers: 0, extraRegisters: 0 });
  const pool = registerPool(4);
  const result: Throughput = { pJob: [], distribution: [] };
  try {
    const client = registerClient(system.unitUrl, pool);
    const [register] = await activateRegisters(system.hq, client, ['S001-R1']);
    if (!register) throw new Error('No register activated.');
    for (let run = 0; run < bench.runs; run += 1) {
      for (let sent = 0; sent < records; sent += uploadBatchMax) {
        const batch = Array.from({ length: Math.min(uploadBatchMax, records - sent) }, (_, i) =>
          benchRecord(`Link${layout}${run}-`, sent + i),
        );
        await client.upload(register, batch);
      }
      const pulled = await system.hq.runJob('p-job');
      await system.hq.runJob('sync-customers');
      const pushed = await system.hq.runJob('distribution-1010');
      if (pulled.done < records || pushed.done < records) {
        throw new Error(
          `The P-job took ${pulled.done} and 1010 pushed ${pushed.done} of ${records} records.`,
        );
      }
      result.pJob.push(pulled.done / runSeconds(pulled));
      result.distribution.push(pushed.done / runSeconds(pushed));
      bench.log(
        `  ${layout} run ${run + 1}: P-job ${pulled.done} in ${runSeconds(pulled).toFixed(2)} s, ` +
          `1010 ${pushed.done} in ${runSeconds(pushed).toFixed(2)} s`,
      );
    }
  } finally {
    await pool.close();
    await system.dispose();
  }
  return result;
}

/**
 * Item 10 (issue 12): the same number of records pulled by the P-job and customers pushed by
 * 1010, with `npm start`'s one process (the in-process link: the machine's baseline) and with HQ
 * and one scale unit as two processes (the HTTP link). Target: over HTTP ≥ 0.5× in-process.
 */
export const linkThroughput: ScaleScenario = {
  title: 'P-job and 1010 throughput over HTTP vs in-process',
  async run(bench) {
    bench.log(`  ${records.toLocaleString('en-US')} records a run, one process then two`);
    const inProcess = await measureLayout(bench, 'one-process');
    const overHttp = await measureLayout(bench, 'split');
    const ratio = (http: number[], local: number[]) =>
      http.map((value, i) => value / (local[i] ?? NaN));
    const note = `${records.toLocaleString('en-US')} records`;
    return [
      figure(title, 'P-job, in-process (npm start)', '/s', inProcess.pJob, null, note),
      figure(title, 'P-job, over HTTP (HQ + scale unit)', '/s', overHttp.pJob, null, note),
      figure(title, 'P-job over HTTP / in-process', '×', ratio(overHttp.pJob, inProcess.pJob), {
        atLeast: 0.5,
      }),
      figure(title, '1010, in-process (npm start)', '/s', inProcess.distribution, null, note),
      figure(title, '1010, over HTTP (HQ + scale unit)', '/s', overHttp.distribution, null, note),
      figure(
        title,
        '1010 over HTTP / in-process',
        '×',
        ratio(overHttp.distribution, inProcess.distribution),
        { atLeast: 0.5 },
      ),
    ];
  },
};
