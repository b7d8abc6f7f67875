import { distributeConfig } from '../channel-config.ts';
import { customersChangedSince } from '../customers.ts';
import type { ScaleUnitEntry } from '../scale-units/scale-unit-directory.ts';
import { transferWith } from '../scale-units/scale-unit-calls.ts';
import { advanceWatermark, readWatermark } from '../watermarks.ts';
import type { JobContext, JobResult } from './job-types.ts';
import { yieldNow } from './yield-now.ts';

const batchSize = 1000;

function watermarkOf(unitId: string) {
  return `distribution-1010.row-version@${unitId}` as const;
}

async function pushTo(ctx: JobContext, unit: ScaleUnitEntry, result: JobResult): Promise<void> {
  for (;;) {
    const after = readWatermark(ctx.hqDb, watermarkOf(unit.id));
    const changes = customersChangedSince(ctx.hqDb, after, batchSize);
    const last = changes.at(-1);
    if (!last) break;
    result.read += changes.length;
    await unit.link.pushCustomers(
      changes.map(({ customer, originRegisterId }) => ({ customer, originRegisterId })),
    );
    advanceWatermark(ctx.hqDb, watermarkOf(unit.id), last.rowVersion);
    result.done += changes.length;
    if (changes.length < batchSize) break;
    await yieldNow();
  }
}

/**
 * 1010 (Customers distribution): sends every scale unit the channel configuration when it
 * changed, then every HQ customer changed since the last row version that scale unit
 * acknowledged — including async customers' GUID → account mapping — a page at a time,
 * advancing that scale unit's watermark after each page. The push is an upsert, so a lost answer
 * only sends the same customers again. A scale unit that does not answer is skipped, named in
 * the run's errors, and caught up from its own watermark on a later run.
 */
export async function runDistribution1010Job(ctx: JobContext): Promise<JobResult> {
  const result: JobResult = { read: 0, done: 0, failed: 0, errors: [] };
  const configFailures = await distributeConfig(ctx);
  for (const unit of ctx.scaleUnits.list()) {
    const failure =
      configFailures.get(unit.id) ??
      (await transferWith(ctx, unit, 'push', () => pushTo(ctx, unit, result)));
    if (failure) result.errors.push(failure);
  }
  return result;
}
