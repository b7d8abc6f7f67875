import { AsyncLocalStorage } from 'node:async_hooks';

/** Thrown when code inside a transaction queries the database outside it. */
export class QueryOutsideTransactionError extends Error {
  readonly code = 'query-outside-transaction';
  constructor() {
    super(
      'A query on the database (not on the transaction) inside withTransaction: on SQLite it waits ' +
        'forever for its own transaction, on PostgreSQL it runs outside it. Use the transaction.',
    );
  }
}

/**
 * Knows whether the current async context is inside one of this database's open transactions,
 * so a query that would bypass it fails at once instead of deadlocking (SQLite) or escaping the
 * transaction (PostgreSQL). One scope per `Db`: a transaction on another database is allowed.
 */
export class TransactionScope {
  readonly #open = new AsyncLocalStorage<{ open: boolean }>();

  /** Runs `body` marked as inside a transaction; the mark ends when its promise settles. */
  async run<T>(body: () => Promise<T>): Promise<T> {
    const mark = { open: true };
    try {
      return await this.#open.run(mark, body);
    } finally {
      mark.open = false;
    }
  }

  /** Throws when called from inside an open transaction of this database. */
  assertOutside(): void {
    if (this.#open.getStore()?.open) throw new QueryOutsideTransactionError();
  }
}
