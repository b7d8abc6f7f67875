import type { ControlledTransaction, IsolationLevel } from 'kysely';
import type { Db } from './database.ts';

/** SQLSTATEs after which the whole transaction may simply run again. */
const retryableCodes: ReadonlySet<string> = new Set([
  '40001', // serialization failure (CockroachDB's normal answer to contention)
  '40P01', // deadlock detected
]);

/** True for an error that a retry of the whole transaction can cure (40001, 40P01). */
export function isRetryableTransactionError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null || !('code' in error)) return false;
  return typeof error.code === 'string' && retryableCodes.has(error.code);
}

/** Options for {@link withTransaction}; `sleep` and `random` are injected by tests. */
export interface TransactionOptions {
  isolation?: IsolationLevel;
  /** How many times to run the body again after a retryable failure. */
  retries?: number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

/** The wait before retry `attempt` (0-based): jittered, growing from 10 ms, capped at 200 ms. */
export function retryDelay(attempt: number, random: () => number): number {
  const ceiling = Math.min(200, 20 * 2 ** attempt);
  return Math.round(10 + random() * (ceiling - 10));
}

const sleepFor = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Runs `body` in a transaction, committed when it resolves and rolled back when it throws; a
 * serialization failure or deadlock runs it again (up to `retries` times, with backoff). So the
 * body may run more than once: it must await nothing but queries on `tx`, and return its side
 * effects (pokes, messages) for the caller to apply after commit. Querying `db.kysely` inside
 * the body throws {@link QueryOutsideTransactionError} instead of deadlocking. `tx` can take
 * savepoints (`tx.savepoint(name)`, as the sync job's per-record pass does); the body never
 * commits or rolls back `tx` itself.
 */
export async function withTransaction<Schema, T>(
  db: Db<Schema>,
  body: (tx: ControlledTransaction<Schema>) => Promise<T>,
  options: TransactionOptions = {},
): Promise<T> {
  const { retries = 5, sleep = sleepFor, random = Math.random } = options;
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await runOnce(db, body, options);
    } catch (error) {
      if (attempt >= retries || !isRetryableTransactionError(error)) throw error;
      await sleep(retryDelay(attempt, random));
    }
  }
}

async function runOnce<Schema, T>(
  db: Db<Schema>,
  body: (tx: ControlledTransaction<Schema>) => Promise<T>,
  options: TransactionOptions,
): Promise<T> {
  const builder = db.kysely.startTransaction();
  const tx = await (
    options.isolation ? builder.setIsolationLevel(options.isolation) : builder
  ).execute();
  try {
    const result = await db.scope.run(() => body(tx));
    await tx.commit().execute();
    return result;
  } catch (error) {
    if (!tx.isCommitted && !tx.isRolledBack) await tx.rollback().execute();
    throw error;
  }
}
