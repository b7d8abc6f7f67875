import type { CustomerDefaults } from '../../../contract/customer.ts';
import { nowIso } from '../../platform/clock.ts';
import type { HqDb } from '../db/hq-db.ts';
import {
  completeOperation,
  failOperation,
  pendingOperationsAfter,
  type PendingOperation,
} from '../async-operations.ts';
import { flagLikelyDuplicates } from '../duplicate-flags.ts';
import { convertOperation, ConversionError } from '../async-conversions.ts';
import { storeDefaults } from '../stores.ts';
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
 * in order. One transaction per batch; a failing record rolls back alone and never stops the run
 * (see `convertBatch`). Waiting records count as read, neither done nor failed.
 * Then every customer changed since the last run is checked for likely duplicates (X2).
 */
export async function runSyncCustomersJob(ctx: JobContext): Promise<JobResult> {
  const result: JobResult = { read: 0, done: 0, failed: 0, errors: [] };
  const { hqDb } = ctx;
  const held = new Set<string>();
  let after = 0;
  for (;;) {
    const batch = pendingOperationsAfter(hqDb, after, batchSize);
    const last = batch.at(-1);
    if (!last) break;
    const done = convertBatch(hqDb, batch, held, nowIso(ctx.clock));
    result.read += done.read;
    result.done += done.done;
    result.failed += done.failed;
    result.errors.push(...done.errors.slice(0, maxRunErrors - result.errors.length));
    after = last.replicationCounter;
    if (batch.length < batchSize) break;
    await yieldNow();
  }
  await flagDuplicates(ctx);
  return result;
}

/** Thrown out of a batch's fast path when a record fails: the batch runs again record by record. */
class RecordFailed extends Error {
  override readonly name = 'RecordFailed';
}

/**
 * Converts one batch in one transaction. First without a savepoint per record: a savepoint makes
 * SQLite journal every page a record touches that the batch touched before, which cost about
 * half the job's time (issue 13). If a record fails, that transaction is rolled back whole and
 * the batch runs again with a savepoint per record, so the failing record rolls back alone and
 * the others convert exactly as they would have. `held` is restored before the second pass.
 */
function convertBatch(
  db: HqDb,
  batch: readonly PendingOperation[],
  held: Set<string>,
  now: string,
): JobResult {
  const heldBefore = [...held];
  try {
    return db.transaction(() => convertRecords(db, batch, held, now, 'fast'))();
  } catch (error) {
    if (!(error instanceof RecordFailed)) throw error;
    held.clear();
    for (const key of heldBefore) held.add(key);
    return db.transaction(() => convertRecords(db, batch, held, now, 'savepoint per record'))();
  }
}

/** Converts each record of a batch; call inside the batch's transaction. */
function convertRecords(
  db: HqDb,
  batch: readonly PendingOperation[],
  held: Set<string>,
  now: string,
  mode: 'fast' | 'savepoint per record',
): JobResult {
  const result: JobResult = { read: 0, done: 0, failed: 0, errors: [] };
  // Read once per batch, not once per customer; an edit or an address may change a store's
  // default customer, so after one they are read again.
  const defaults = new Map<string, CustomerDefaults | null>();
  const defaultsOf = (storeId: string) => {
    if (!defaults.has(storeId)) defaults.set(storeId, storeDefaults(db, storeId));
    return defaults.get(storeId) ?? null;
  };
  const convertOne = (op: PendingOperation) => {
    const outcome = convertOperation(db, op, held, now, defaultsOf);
    if (op.kind !== 'customer-create') defaults.clear();
    return outcome;
  };
  const convert = mode === 'fast' ? convertOne : db.transaction(convertOne);
  for (const op of batch) {
    result.read += 1;
    try {
      const outcome = convert(op);
      if (outcome.status === 'waiting') {
        for (const key of outcome.keys) held.add(key);
        continue;
      }
      completeOperation(db, op.guid, outcome.accountNumber, now);
      result.done += 1;
    } catch (error) {
      if (mode === 'fast') throw new RecordFailed(op.guid, { cause: error });
      const failure =
        error instanceof ConversionError
          ? error.detail
          : plainText(error instanceof Error ? error.message : String(error));
      failOperation(db, op.guid, failure, now);
      result.failed += 1;
      if (result.errors.length < maxRunErrors) result.errors.push({ ...failure, record: op.guid });
    }
  }
  return result;
}

/** Checks the customers changed since the last run for likely duplicates (X2), in batches. */
async function flagDuplicates({ hqDb, clock }: JobContext): Promise<void> {
  const check = hqDb.transaction((now: string) => flagLikelyDuplicates(hqDb, now, batchSize));
  while (check(nowIso(clock)).checked === batchSize) await yieldNow();
}
