import { fieldErrors } from '../../../contract/errors.ts';
import { asyncRecordSchema } from '../../../contract/upload.ts';
import { nowIso } from '../../clock.ts';
import type { HqDb } from '../../db/hq-db.ts';
import {
  completeOperation,
  failOperation,
  pendingOperations,
  type PendingOperation,
} from '../async-operations.ts';
import { checkCountries } from '../countries.ts';
import { createCustomer, findCustomerByAsyncGuid } from '../customers.ts';
import { storeDefaults } from '../stores.ts';
import { maxRunErrors, type JobContext, type JobResult } from './job-types.ts';
import { yieldNow } from './yield-now.ts';

const batchSize = 500;

/** Why one operation could not be converted; its message becomes the operation's last error. */
class ConversionError extends Error {
  override readonly name = 'ConversionError';
}

function parsePayload(payload: string): unknown {
  try {
    return JSON.parse(payload) as unknown;
  } catch {
    throw new ConversionError('The record is not readable JSON.');
  }
}

/** Converts one operation into an HQ customer (or finds the one its GUID already made). */
function convert(db: HqDb, op: PendingOperation, now: string): string {
  const parsed = asyncRecordSchema.safeParse(parsePayload(op.payload));
  if (!parsed.success) {
    const fields = fieldErrors(parsed.error);
    throw new ConversionError(
      Object.entries(fields)
        .map(([path, message]) => `${path}: ${message}`)
        .join(' '),
    );
  }
  const record = parsed.data;
  const existing = findCustomerByAsyncGuid(db, record.guid);
  if (existing) return existing.accountNumber;
  const countryErrors = Object.values(checkCountries(record.customer.addresses, 'customer.'));
  if (countryErrors.length > 0) throw new ConversionError(countryErrors.join(' '));
  const defaults = storeDefaults(db, op.storeId);
  if (!defaults) {
    throw new ConversionError(`Store '${op.storeId}' has no default customer at HQ.`);
  }
  return createCustomer(db, {
    draft: record.customer,
    defaults,
    storeId: op.storeId,
    asyncGuid: record.guid,
    now,
  }).accountNumber;
}

/**
 * "Synchronize customers and channel requests": turns every pending async operation into an HQ
 * customer with an account number, or marks it failed with its last error. If the GUID already
 * made a customer (a real-time call that timed out on the register), that account completes the
 * operation instead of a second customer. One transaction per batch, a savepoint per record, so
 * a failing record rolls back alone and never stops the run.
 */
export async function runSyncCustomersJob(ctx: JobContext): Promise<JobResult> {
  const result: JobResult = { read: 0, done: 0, failed: 0, errors: [] };
  const { hqDb } = ctx;
  const convertOne = hqDb.transaction((op: PendingOperation, now: string) =>
    convert(hqDb, op, now),
  );
  for (;;) {
    const batch = pendingOperations(hqDb, batchSize);
    if (batch.length === 0) break;
    const now = nowIso(ctx.clock);
    hqDb.transaction(() => {
      for (const op of batch) {
        result.read += 1;
        try {
          completeOperation(hqDb, op.guid, convertOne(op, now), now);
          result.done += 1;
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          failOperation(hqDb, op.guid, message, now);
          result.failed += 1;
          if (result.errors.length < maxRunErrors) result.errors.push(`${op.guid}: ${message}`);
        }
      }
    })();
    if (batch.length < batchSize) break;
    await yieldNow();
  }
  return result;
}
