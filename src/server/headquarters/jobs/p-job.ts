import { displayName } from '../../../contract/customer.ts';
import { asyncRecordSchema, type AsyncRecord } from '../../../contract/upload.ts';
import type { HqDb } from '../db/hq-db.ts';
import { asyncRecordsAfter } from '../../scale-unit/async-records.ts';
import { nowIso } from '../../platform/clock.ts';
import { insertAsyncOperation, operationName } from '../async-operations.ts';
import { resolveCustomerRef } from '../customer-refs.ts';
import { advanceWatermark, readWatermark } from '../watermarks.ts';
import type { JobContext, JobResult } from './job-types.ts';
import { yieldNow } from './yield-now.ts';

const batchSize = 1000;
const watermark = 'p-job.replication-counter';

function parse(payload: string): AsyncRecord | null {
  try {
    const parsed = asyncRecordSchema.safeParse(JSON.parse(payload));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * The name the status page shows: the customer's. For edits and addresses, the customer they
 * belong to (at HQ, or its creation operation), falling back to what the record itself says.
 */
function describeRecord(db: HqDb, payload: string): { name: string; accountNumber: string | null } {
  const record = parse(payload);
  if (!record) return { name: '(unreadable record)', accountNumber: null };
  if (record.kind === 'customer-create') {
    return { name: displayName(record.customer), accountNumber: null };
  }
  const ref = record.customer;
  const accountNumber = 'accountNumber' in ref ? ref.accountNumber : null;
  const customer = resolveCustomerRef(db, ref);
  if (customer) return { name: displayName(customer), accountNumber };
  const creation = 'asyncGuid' in ref ? operationName(db, ref.asyncGuid) : null;
  if (creation) return { name: creation, accountNumber };
  if (record.kind === 'customer-edit') return { name: displayName(record.draft), accountNumber };
  return { name: accountNumber ?? '(customer not yet at HQ)', accountNumber };
}

/**
 * P-job (P-0001): copies async records (creations, edits and addresses) with a replication
 * counter above HQ's watermark into HQ's async customer table as pending operations, then
 * advances the watermark. Both writes go into one HQ transaction, and the insert ignores GUIDs
 * HQ already has, so a crash or a re-run never uploads a record twice.
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
          { ...record, ...describeRecord(ctx.hqDb, record.payload) },
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
