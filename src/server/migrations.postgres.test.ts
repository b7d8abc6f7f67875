import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { hqMigrationSteps, openHqDatabase } from './headquarters/db/hq-database.ts';
import type { HqSchema } from './headquarters/db/hq-schema.ts';
import type { Db } from './platform/db/database.ts';
import { migrateToLatest, type MigrationStep } from './platform/db/migrator.ts';
import { channelMigrationSteps, openChannelDatabase } from './scale-unit/db/channel-database.ts';
import {
  openFreshSchema,
  postgresTestUrl,
  requirePostgresInCi,
  type FreshSchema,
} from './testing/postgres-test-schema.ts';
import {
  postgresSchemaShape,
  sqliteSchemaShape,
  type SchemaShape,
} from './testing/schema-shape.ts';

requirePostgresInCi();

/** HQ's trigram index: its SQLite counterpart is the virtual table `customer_search`. */
const trigramIndex = 'customers_search_trgm';

const services = [
  {
    name: 'HQ',
    steps: hqMigrationSteps,
    sqliteShape: () => sqliteShapeOf(() => openHqDatabase(':memory:')),
    // Single-row tables: `INTEGER PRIMARY KEY` makes them rowid aliases on SQLite, which
    // Kysely reports as auto-incrementing; they are always written with id 1.
    singleRowIds: ['admin_password.id', 'settings.id'],
  },
  {
    name: 'channel',
    steps: channelMigrationSteps,
    sqliteShape: () => sqliteShapeOf(() => openChannelDatabase(':memory:')),
    singleRowIds: ['channel_config.id'],
  },
] as const;

/** The shape of a new SQLite database of a service, migrated to its latest step. */
async function sqliteShapeOf<Schema>(open: () => Promise<Db<Schema>>): Promise<SchemaShape> {
  const db = await open();
  try {
    return await sqliteSchemaShape(db);
  } finally {
    await db.close();
  }
}

/** `shape` with `generated` off for the named `table.column`s, which must have it on. */
function withoutRowidAliases(shape: SchemaShape, columns: readonly string[]): SchemaShape {
  const copy = structuredClone(shape);
  for (const name of columns) {
    const [table = '', column = ''] = name.split('.');
    const described = copy[table]?.columns[column];
    expect(described?.generated, name).toBe(true);
    if (described) described.generated = false;
  }
  return copy;
}

async function executedMigrations(db: Db<unknown>): Promise<unknown[]> {
  const { rows } = await sql`SELECT name, timestamp FROM kysely_migration ORDER BY name`.execute(
    db.kysely,
  );
  return rows;
}

describe.runIf(postgresTestUrl)('PostgreSQL migrations', () => {
  const url = postgresTestUrl ?? '';
  const schemas: FreshSchema<unknown>[] = [];
  afterEach(async () => {
    await Promise.all(schemas.splice(0).map((schema) => schema.drop()));
  });

  async function freshSchema<Schema>(): Promise<Db<Schema>> {
    const schema = await openFreshSchema<unknown>(url);
    schemas.push(schema);
    return schema.db as Db<Schema>;
  }

  for (const service of services) {
    it(`migrates an empty schema to the latest ${service.name} step`, async () => {
      const db = await freshSchema();
      await migrateToLatest(db, service.steps);
      expect((await executedMigrations(db)).map((row) => (row as { name: string }).name)).toEqual(
        service.steps.map((step) => step.name),
      );
      const tables = await db.kysely.introspection.getTables();
      expect(tables.filter((t) => t.schema === db.schemaName).length).toBeGreaterThan(5);
    });

    it(`gives ${service.name} the tables, columns, nullability, defaults, keys and checks SQLite has`, async () => {
      const postgres = await freshSchema();
      await migrateToLatest(postgres, service.steps);
      const expected = withoutRowidAliases(await service.sqliteShape(), service.singleRowIds);
      expect(await postgresSchemaShape(postgres, [trigramIndex])).toEqual(expected);
    });

    it(`does nothing when ${service.name}'s migrations run again`, async () => {
      const db = await freshSchema();
      await migrateToLatest(db, service.steps);
      const runs = await executedMigrations(db);
      const shape = await postgresSchemaShape(db);
      await migrateToLatest(db, service.steps);
      expect(await executedMigrations(db)).toEqual(runs);
      expect(await postgresSchemaShape(db)).toEqual(shape);
    });

    it(`collates every ${service.name} text column as C (byte order, as SQLite)`, async () => {
      const db = await freshSchema();
      await migrateToLatest(db, service.steps);
      const { rows } = await sql<{ column: string; collation: string | null }>`
        SELECT table_name || '.' || column_name AS column, collation_name AS collation
        FROM information_schema.columns
        WHERE table_schema = ${db.schemaName} AND data_type = 'text'
          AND table_name NOT LIKE 'kysely_%'
      `.execute(db.kysely);
      expect(rows.length).toBeGreaterThan(10);
      expect(rows.filter((row) => row.collation !== 'C')).toEqual([]);
    });
  }

  it('keeps Kysely’s bookkeeping in each schema, so a second schema on the server migrates too', async () => {
    const first = await freshSchema();
    const second = await freshSchema();
    await migrateToLatest(first, hqMigrationSteps);
    await migrateToLatest(second, channelMigrationSteps);
    expect(await executedMigrations(second)).toHaveLength(channelMigrationSteps.length);
  });

  it('refuses a schema that ran a step it does not know', async () => {
    const db = await freshSchema();
    await migrateToLatest(db, hqMigrationSteps);
    await sql`INSERT INTO kysely_migration (name, timestamp) VALUES ('0099-from-the-future', '2030-01-01T00:00:00.000Z')`.execute(
      db.kysely,
    );
    await expect(migrateToLatest(db, hqMigrationSteps)).rejects.toThrow(
      /0099-from-the-future is missing/,
    );
  });

  it('numbers the customers of a schema at 0007 and indexes their search text at 0008', async () => {
    const db = await freshSchema<HqSchema>();
    const upTo7: readonly MigrationStep[] = hqMigrationSteps.slice(0, 7);
    await migrateToLatest(db, upTo7);
    const customers = ['C000001', 'C000002', 'C000003'].map((account, index) => ({
      account_number: account,
      store_id: 'S1',
      search_text: `${account.toLowerCase()} yamada hanako ${index}`,
      row_version: index + 1,
      data: '{}',
    }));
    await db.kysely.insertInto('customers').values(customers).execute();

    await migrateToLatest(db, hqMigrationSteps);
    const rows = await db.kysely
      .selectFrom('customers')
      .select(['id', 'account_number', 'search_text'])
      .orderBy('account_number')
      .execute();
    expect(rows.map((row) => row.account_number)).toEqual(customers.map((c) => c.account_number));
    expect(new Set(rows.map((row) => row.id)).size).toBe(3);
    rows.forEach((row) => expect(Number.isSafeInteger(row.id)).toBe(true));

    const { rows: plan } = await db.kysely.transaction().execute(async (tx) => {
      await sql`SET LOCAL enable_seqscan = off`.execute(tx);
      return sql<{ 'QUERY PLAN': string }>`
        EXPLAIN SELECT id FROM customers WHERE search_text LIKE ${'%anak%'}
      `.execute(tx);
    });
    expect(plan.map((row) => row['QUERY PLAN']).join('\n')).toContain(trigramIndex);
    const found = await db.kysely
      .selectFrom('customers')
      .select('account_number')
      .where('search_text', 'like', '%hanako 1%')
      .execute();
    expect(found).toEqual([{ account_number: 'C000002' }]);
  });
});
