import type { CompiledQuery } from 'kysely';

/** The error a PostgreSQL-compatible server raises on a serialization failure. */
export class SerializationFailure extends Error {
  readonly code = '40001';
  constructor(sql: string) {
    super(`could not serialize access (injected before: ${sql})`);
  }
}

/**
 * A `beforeQuery` hook for tests that fails the statements whose 1-based numbers are in `at`
 * with a serialization failure (40001), counting every statement including `begin`/`commit`.
 * `count()` says how many statements were seen.
 */
export function failStatements(at: readonly number[]): {
  beforeQuery: (query: CompiledQuery) => void;
  count: () => number;
} {
  let seen = 0;
  return {
    beforeQuery(query) {
      seen += 1;
      if (at.includes(seen)) throw new SerializationFailure(query.sql);
    },
    count: () => seen,
  };
}
