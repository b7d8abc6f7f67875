import { upsertChannelCustomers } from '../../scale-unit/channel-customers.ts';
import { customersChangedSince } from '../customers.ts';
import { readSettings } from '../settings.ts';
import { advanceWatermark, readWatermark } from '../watermarks.ts';
import type { JobContext, JobResult } from './job-types.ts';
import { yieldNow } from './yield-now.ts';

const batchSize = 1000;
const watermark = 'distribution-1010.row-version';

/**
 * 1010 (Customers distribution): copies every HQ customer changed since the last distributed
 * row version into the channel database — including async customers' GUID → account mapping —
 * then advances the watermark. The channel write is an upsert, so a crash before the watermark
 * moves only sends the same customers again.
 */
export async function runDistribution1010Job(ctx: JobContext): Promise<JobResult> {
  const result: JobResult = { read: 0, done: 0, failed: 0, errors: [] };
  for (;;) {
    const changes = customersChangedSince(ctx.hqDb, readWatermark(ctx.hqDb, watermark), batchSize);
    const last = changes.at(-1);
    if (!last) break;
    result.read += changes.length;
    upsertChannelCustomers(ctx.channelDb, changes);
    // poke (issue 12): every register, or with shared data filtered (B4) the origin registers.
    const origins = [...new Set(changes.flatMap((c) => c.originRegisterId ?? []))];
    const filtered = readSettings(ctx.hqDb).filterSharedCustomerData;
    ctx.pokes?.poke(filtered ? { registerIds: origins } : 'all', ['customers']);
    advanceWatermark(ctx.hqDb, watermark, last.rowVersion);
    result.done += changes.length;
    if (changes.length < batchSize) break;
    await yieldNow();
  }
  return result;
}
