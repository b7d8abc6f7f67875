import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { z } from 'zod';
import type { Db } from '../platform/db/database.ts';
import { openPostgresDb } from '../platform/db/postgres.ts';

const testEnv = z
  .object({
    POS_TEST_DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
    CI: z.string().optional(),
  })
  .parse({
    POS_TEST_DATABASE_URL: process.env.POS_TEST_DATABASE_URL || undefined,
    CI: process.env.CI,
  });

/**
 * The PostgreSQL server the tests may use (`npm run pg:test` starts one and prints the line to
 * export; `.ci/run` does it in CI), or undefined: a developer without one runs SQLite only.
 */
export const postgresTestUrl: string | undefined = testEnv.POS_TEST_DATABASE_URL;

/**
 * Declares a test that fails when `CI=true` and no PostgreSQL is given, so that a file's
 * `describe.runIf(postgresTestUrl)` can never be skipped in CI. Call it once per such file.
 */
export function requirePostgresInCi(): void {
  it('has a PostgreSQL to run on when CI=true (POS_TEST_DATABASE_URL, set by .ci/run)', () => {
    expect(
      testEnv.CI !== 'true' || postgresTestUrl !== undefined,
      'CI=true but POS_TEST_DATABASE_URL is unset: the PostgreSQL tests would be skipped',
    ).toBe(true);
  });
}

/** A schema name no other test uses: `t_` and 16 hex digits. */
export function freshSchemaName(): string {
  return `t_${randomBytes(8).toString('hex')}`;
}

/** A `Db` on a schema of its own, and how to drop that schema again. */
export interface FreshSchema<Schema> {
  db: Db<Schema>;
  /** Drops the schema with everything in it and closes the pool. */
  drop(): Promise<void>;
}

/** Opens a `Db` on a new, empty schema of the test server (not migrated). */
export async function openFreshSchema<Schema>(url: string): Promise<FreshSchema<Schema>> {
  const schema = freshSchemaName();
  const db = await openPostgresDb<Schema>({ url, schema });
  return {
    db,
    async drop() {
      try {
        await sql`DROP SCHEMA ${sql.id(schema)} CASCADE`.execute(db.kysely);
      } finally {
        await db.close();
      }
    },
  };
}
