import { displayName } from '../../../contract/customer.ts';
import { asyncRecordSchema } from '../../../contract/upload.ts';
import { asyncRecordsAfter } from '../../scale-unit/async-records.ts';
import { nowIso } from '../../clock.ts';
import { insertAsyncOperation } from '../async-operations.ts';
import { advanceWatermark, readWatermark } from '../watermarks.ts';
import type { JobContext, JobResult } from './job-types.ts';
import { yieldNow } from './yield-now.ts';

const batchSize = 1000;
const watermark = 'p-job.replication-counter';

function nameOf(payload: string): string {
  const parsed = asyncRecordSchema.safeParse(JSON.parse(payload));
  return parsed.success ? displayName(parsed.data.customer) : '(unreadable record)';
}

/**
 * P-job (P-0001): copies async records with a replication counter above HQ's watermark into
 * HQ's async customer table as pending operations, then advances the watermark. Both writes go
 * into one HQ transaction, and the insert ignores GUIDs HQ already has, so a crash or a re-run
 * never uploads a record twice.
 */
export async function runPJob(ctx: JobContext): Promise<JobResult> {
  const result: JobResult = { read: 0, done: 0, failed: 0, errors: [] };
  for (;;) {
    const after = readWatermark(ctx.hqDb, watermark);
    const records = asyncRecordsAfter(ctx.channelDb, after, batchSize);
    const last = records.at(-1);
    if (!last) break;
    const now = nowIso(ctx.clock);
    ctx.hqDb.transaction(() => {
      for (const record of records) {
        result.read += 1;
        const inserted = insertAsyncOperation(
          ctx.hqDb,
          { ...record, name: nameOf(record.payload) },
          now,
        );
        if (inserted) result.done += 1;
      }
      advanceWatermark(ctx.hqDb, watermark, last.replicationCounter);
    })();
    if (records.length < batchSize) break;
    await yieldNow();
  }
  return result;
}
