import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import {
  freshSchemaName,
  openFreshSchema,
  postgresTestUrl,
  requirePostgresInCi,
  type FreshSchema,
} from '../../testing/postgres-test-schema.ts';
import type { MigrationStep } from './migrator.ts';
import { openDatabase } from './open.ts';
import { InvalidSchemaNameError, openPostgresDb } from './postgres.ts';
import { withTransaction } from './transaction.ts';
import { QueryOutsideTransactionError } from './transaction-scope.ts';

requirePostgresInCi();

interface Things {
  things: { id: number; name: string };
}

const thingsStep: MigrationStep = {
  name: '0001-things',
  postgres: async (tx) => {
    await sql`CREATE TABLE things (id bigint PRIMARY KEY, name text NOT NULL)`.execute(tx);
  },
};

it.each(['Hq', 'hq-1', 'hq; drop', '1hq', '', 'x'.repeat(64)])(
  'refuses the schema name %j before connecting',
  async (schema) => {
    await expect(
      openPostgresDb({ url: 'postgres://nobody@127.0.0.1:1/none', schema }),
    ).rejects.toBeInstanceOf(InvalidSchemaNameError);
  },
);

describe.runIf(postgresTestUrl)('a Db on PostgreSQL', () => {
  const url = postgresTestUrl ?? '';
  const schemas: FreshSchema<unknown>[] = [];
  afterEach(async () => {
    await Promise.all(schemas.splice(0).map((schema) => schema.drop()));
  });

  async function fresh(): Promise<FreshSchema<Things>> {
    const schema = await openFreshSchema<Things>(url);
    schemas.push(schema as FreshSchema<unknown>);
    return schema;
  }

  it('creates its schema and keeps unqualified names in it', async () => {
    const { db } = await fresh();
    await sql`CREATE TABLE things (id bigint PRIMARY KEY, name text NOT NULL)`.execute(db.kysely);
    const { rows } = await sql<{ schema: string }>`
      SELECT table_schema AS schema FROM information_schema.tables WHERE table_name = 'things'
        AND table_schema = ${db.schemaName}
    `.execute(db.kysely);
    expect(rows).toEqual([{ schema: db.schemaName }]);
    expect(db.dialect).toBe('postgres');
    expect(db.sqlite).toBeNull();
  });

  it('opens a schema that already exists', async () => {
    const { db } = await fresh();
    const again = await openPostgresDb({ url, schema: db.schemaName ?? '' });
    try {
      const { rows } = await sql<{ search_path: string }>`SHOW search_path`.execute(again.kysely);
      expect(rows).toEqual([{ search_path: db.schemaName }]);
    } finally {
      await again.close();
    }
  });

  it('reads int8 and COUNT(*) as numbers, and fails on one beyond 2^53', async () => {
    const { db } = await fresh();
    const { rows } = await sql<{ big: number; n: number }>`
      SELECT ${Number.MAX_SAFE_INTEGER}::bigint AS big, COUNT(*) AS n FROM generate_series(1, 3)
    `.execute(db.kysely);
    expect(rows).toEqual([{ big: Number.MAX_SAFE_INTEGER, n: 3 }]);
    await expect(
      sql`SELECT ${String(2n ** 53n + 1n)}::bigint AS big`.execute(db.kysely),
    ).rejects.toBeInstanceOf(RangeError);
  });

  it('guards its transactions as on SQLite: a query outside one inside it fails', async () => {
    const { db } = await fresh();
    await expect(
      withTransaction(db, async () => {
        await sql`SELECT 1`.execute(db.kysely);
      }),
    ).rejects.toBeInstanceOf(QueryOutsideTransactionError);
  });

  it('is opened and migrated by openDatabase, and unusable once closed', async () => {
    const schema = freshSchemaName();
    const db = await openDatabase<Things>({ postgres: { url, schema }, migrations: [thingsStep] });
    await db.kysely.insertInto('things').values({ id: 1, name: 'one' }).execute();
    expect(await db.kysely.selectFrom('things').selectAll().execute()).toEqual([
      { id: 1, name: 'one' },
    ]);
    await sql`DROP SCHEMA ${sql.id(schema)} CASCADE`.execute(db.kysely);
    await db.close();
    await expect(sql`SELECT 1`.execute(db.kysely)).rejects.toThrow();
  });
});
