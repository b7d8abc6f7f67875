import { nowIso } from '../../platform/clock.ts';
import {
  completeOperation,
  failOperation,
  pendingOperationsAfter,
  type PendingOperation,
} from '../async-operations.ts';
import { flagLikelyDuplicates } from '../duplicate-flags.ts';
import { convertOperation, ConversionError, type ConversionOutcome } from '../async-conversions.ts';
import { maxRunErrors, type JobContext, type JobResult } from './job-types.ts';
import { yieldNow } from './yield-now.ts';
import { plainText } from '../../../contract/messages.ts';

const batchSize = 500;

/**
 * "Synchronize customers and channel requests": goes through the pending async operations in
 * replication-counter order, once per run.
 *
 *   pending ──convert──▶ completed (account number)
 *      │  └──error────▶ failed (last error) ──fix / Synchronize again──▶ pending
 *      └──customer not converted yet, or an earlier record for it waits──▶ stays pending
 *
 * A creation becomes an HQ customer (or completes with the one its GUID already made by a
 * real-time call); an edit or address waits behind its customer's creation and is then applied,
 * in order. One transaction per batch, a savepoint per record, so a failing record rolls back
 * alone and never stops the run. Waiting records count as read, neither done nor failed.
 * Then every customer changed since the last run is checked for likely duplicates (X2).
 */
export async function runSyncCustomersJob(ctx: JobContext): Promise<JobResult> {
  const result: JobResult = { read: 0, done: 0, failed: 0, errors: [] };
  const { hqDb } = ctx;
  const held = new Set<string>();
  const convertOne = hqDb.transaction((op: PendingOperation, now: string): ConversionOutcome =>
    convertOperation(hqDb, op, held, now),
  );
  let after = 0;
  for (;;) {
    const batch = pendingOperationsAfter(hqDb, after, batchSize);
    const last = batch.at(-1);
    if (!last) break;
    const now = nowIso(ctx.clock);
    hqDb.transaction(() => {
      for (const op of batch) {
        result.read += 1;
        try {
          const outcome = convertOne(op, now);
          if (outcome.status === 'waiting') {
            for (const key of outcome.keys) held.add(key);
            continue;
          }
          completeOperation(hqDb, op.guid, outcome.accountNumber, now);
          result.done += 1;
        } catch (error) {
          const failure =
            error instanceof ConversionError
              ? error.detail
              : plainText(error instanceof Error ? error.message : String(error));
          failOperation(hqDb, op.guid, failure, now);
          result.failed += 1;
          if (result.errors.length < maxRunErrors)
            result.errors.push({ ...failure, record: op.guid });
        }
      }
    })();
    after = last.replicationCounter;
    if (batch.length < batchSize) break;
    await yieldNow();
  }
  await flagDuplicates(ctx);
  return result;
}

/** Checks the customers changed since the last run for likely duplicates (X2), in batches. */
async function flagDuplicates({ hqDb, clock }: JobContext): Promise<void> {
  const check = hqDb.transaction((now: string) => flagLikelyDuplicates(hqDb, now, batchSize));
  while (check(nowIso(clock)).checked === batchSize) await yieldNow();
}
