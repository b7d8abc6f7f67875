import Database from 'better-sqlite3';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { customerSchema } from '../contract/customer.ts';
import { findCustomer } from './headquarters/customers.ts';
import { hqMigrationSteps, openHqDatabase } from './headquarters/db/hq-database.ts';
import { hqMigrations, openHqDb } from './headquarters/db/hq-db.ts';
import { sqliteDb } from './platform/db/database.ts';
import {
  DatabaseTooNewError,
  legacySteps,
  migrateToLatest,
  type MigrationStep,
} from './platform/db/migrator.ts';
import { openDatabase } from './platform/db/open.ts';
import {
  connectSqlite,
  migrate,
  userVersion,
  type Migration,
  type Sqlite,
} from './platform/db/sqlite.ts';
import { tableRows } from './testing/table-rows.ts';
import { readCustomerFeed } from './scale-unit/channel-customers.ts';
import { channelMigrationSteps, openChannelDatabase } from './scale-unit/db/channel-database.ts';
import { channelMigrations, openChannelDb } from './scale-unit/db/channel-db.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'pos-kysely-migrations-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const fixtures = path.join(import.meta.dirname, 'testing/fixtures');

const services = [
  {
    name: 'HQ',
    legacy: hqMigrations,
    steps: hqMigrationSteps,
    open: openHqDatabase,
    openLegacy: openHqDb,
  },
  {
    name: 'channel',
    legacy: channelMigrations,
    steps: channelMigrationSteps,
    open: openChannelDatabase,
    openLegacy: openChannelDb,
  },
] as const;

/** A copy of a committed fixture, so the test never changes it. */
function copyOfFixture(name: string): string {
  const file = path.join(dir, `${name}-${Math.random().toString(36).slice(2)}.sqlite`);
  copyFileSync(path.join(fixtures, `${name}.sqlite`), file);
  return file;
}

/** Every row of every table (Kysely's own aside), the schema text and `user_version`. */
function snapshot(db: Sqlite): Record<string, unknown> {
  const objects = db
    .prepare(
      `SELECT type, name, tbl_name, sql FROM sqlite_master
       WHERE tbl_name NOT LIKE 'kysely_%' ORDER BY type, name`,
    )
    .all() as { type: string; name: string }[];
  const tables = objects.filter((o) => o.type === 'table').map((o) => o.name);
  return {
    userVersion: userVersion(db),
    objects,
    rows: Object.fromEntries(tables.map((table) => [table, tableRows(db, table)])),
  };
}

function schemaOf(db: Sqlite): unknown {
  return (snapshot(db) as { objects: unknown }).objects;
}

function executedMigrations(db: Sqlite): string[] {
  const rows = db.prepare('SELECT name FROM kysely_migration ORDER BY name').all() as {
    name: string;
  }[];
  return rows.map((row) => row.name);
}

describe('the Kysely migrator on databases made before it', () => {
  it.each([
    ['hq-v7', openHqDatabase, hqMigrationSteps.length],
    ['channel-v7', openChannelDatabase, channelMigrationSteps.length],
  ] as const)(
    'recognises %s, made by the code of before, and keeps every row as it was',
    async (fixture, open, latest) => {
      const file = copyOfFixture(fixture);
      const raw = new Database(file);
      const before = snapshot(raw) as { rows: Record<string, Record<string, unknown>[]> };
      raw.close();

      const db = await open(file);
      try {
        const after = snapshot(db.sqlite!) as typeof before;
        // Each row keeps every column it had; a later step may add columns (HQ's 0008: id).
        for (const [table, rows] of Object.entries(before.rows)) {
          const kept = after.rows[table]?.map((row) =>
            Object.fromEntries(Object.keys(rows[0] ?? {}).map((column) => [column, row[column]])),
          );
          expect(kept, table).toEqual(rows);
        }
        expect(userVersion(db.sqlite!)).toBe(latest);
        expect(executedMigrations(db.sqlite!)).toHaveLength(latest);
      } finally {
        await db.close();
      }
    },
  );

  it('serves the v7 fixtures’ data to the legacy code and to Kysely on one connection', async () => {
    const hq = await openHqDatabase(copyOfFixture('hq-v7'));
    const channel = await openChannelDatabase(copyOfFixture('channel-v7'));
    try {
      const edited = customerSchema.parse(findCustomer(hq.sqlite!, 'C000003'));
      expect(edited.lastName).toBe('Edited');
      expect(edited.addresses.map((a) => a.city)).toContain('Osaka');
      const statuses = await hq.kysely
        .selectFrom('async_customers')
        .select(['kind', 'status'])
        .orderBy('replication_counter')
        .execute();
      expect(statuses).toEqual([
        { kind: 'customer-create', status: 'completed' },
        { kind: 'customer-create', status: 'completed' },
        { kind: 'customer-create', status: 'failed' },
        { kind: 'customer-edit', status: 'completed' },
        { kind: 'address-create', status: 'completed' },
        { kind: 'customer-create', status: 'pending' },
      ]);
      const flags = await hq.kysely.selectFrom('duplicate_flags').select('status').execute();
      expect(flags).toEqual([{ status: 'open' }, { status: 'open' }, { status: 'open' }]);
      const feed = readCustomerFeed(channel.sqlite!, 0, 100);
      expect(feed.customers.length).toBeGreaterThanOrEqual(13);
      const records = await channel.kysely
        .selectFrom('async_records')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      expect(records.n).toBe(7);
    } finally {
      await hq.close();
      await channel.close();
    }
  });

  for (const service of services) {
    it.each(service.legacy.map((_, version) => version))(
      `upgrades a ${service.name} database of schema %i to the schema of a new one`,
      async (version) => {
        const file = path.join(dir, `${service.name}-from-${version}.sqlite`);
        const old = connectSqlite(file);
        migrate(old, service.legacy.slice(0, version));
        old.close();
        const fresh = service.openLegacy(':memory:');

        const db = await service.open(file);
        try {
          expect(schemaOf(db.sqlite!)).toEqual(schemaOf(fresh));
          expect(userVersion(db.sqlite!)).toBe(service.legacy.length);
          expect(executedMigrations(db.sqlite!)).toEqual(service.steps.map((s) => s.name));
        } finally {
          await db.close();
          fresh.close();
        }
      },
    );

    it(`leaves a ${service.name} database it migrated as the legacy code expects, both ways`, async () => {
      const file = path.join(dir, `${service.name}-both-ways.sqlite`);
      const db = await service.open(file);
      const migrated = snapshot(db.sqlite!);
      const runs = db.sqlite!.prepare('SELECT * FROM kysely_migration').all();
      await db.close();

      const legacy = service.openLegacy(file);
      expect(snapshot(legacy)).toEqual(migrated);
      legacy.close();
      const again = await service.open(file);
      try {
        expect(again.sqlite!.prepare('SELECT * FROM kysely_migration').all()).toEqual(runs);
      } finally {
        await again.close();
      }
    });
  }

  it('refuses a database whose user_version is beyond the steps it knows', async () => {
    const file = path.join(dir, 'too-new.sqlite');
    const newer = connectSqlite(file);
    newer.pragma(`user_version = ${hqMigrationSteps.length + 1}`);
    newer.close();
    await expect(openHqDatabase(file)).rejects.toBeInstanceOf(DatabaseTooNewError);
  });

  it('refuses a database that ran a step it does not know', async () => {
    const file = path.join(dir, 'unknown-step.sqlite');
    const db = await openHqDatabase(file);
    await sql`INSERT INTO kysely_migration (name, timestamp) VALUES ('0099-from-the-future', '2030-01-01T00:00:00.000Z')`.execute(
      db.kysely,
    );
    await db.close();
    await expect(openHqDatabase(file)).rejects.toThrow(/0099-from-the-future is missing/);
  });
});

describe('migration steps', () => {
  const createA: Migration = (db) => db.exec('CREATE TABLE a (x INTEGER)');
  const failing: Migration = () => {
    throw new Error('step 2 broke');
  };

  it('rolls every pending step back when one fails, user_version included', async () => {
    const steps = legacySteps(['0001-a', '0002-broken'], [createA, failing]);
    const sqlite = connectSqlite(':memory:');
    const db = sqliteDb(sqlite);
    try {
      await expect(migrateToLatest(db, steps)).rejects.toThrow('step 2 broke');
      expect(userVersion(sqlite)).toBe(0);
      expect(sqlite.prepare("SELECT name FROM sqlite_master WHERE name = 'a'").all()).toEqual([]);
    } finally {
      await db.close();
    }
  });

  it('runs a Kysely step after the legacy ones and counts it in user_version', async () => {
    const steps: MigrationStep[] = [
      ...legacySteps(['0001-a'], [createA]),
      {
        name: '0002-b',
        both: async (tx) => {
          await tx.schema.createTable('b').addColumn('y', 'text').execute();
        },
      },
    ];
    const db = await openDatabase<{ b: { y: string } }>({
      sqliteFile: ':memory:',
      migrations: steps,
    });
    try {
      await db.kysely.insertInto('b').values({ y: 'ok' }).execute();
      expect(userVersion(db.sqlite!)).toBe(2);
    } finally {
      await db.close();
    }
  });

  it.each([
    [['0001-a', '0001-b'], /expected '0002-…'/],
    [['0002-a', '0003-b'], /expected '0001-…'/],
    [['0001-a', '0002-B'], /expected '0002-…'/],
  ])('refuses steps named %j', async (names, message) => {
    const db = sqliteDb(connectSqlite(':memory:'));
    try {
      const steps = legacySteps(names, [createA, createA]);
      await expect(migrateToLatest(db, steps)).rejects.toThrow(message);
    } finally {
      await db.close();
    }
  });

  it('needs a name for every legacy migration', () => {
    expect(() => legacySteps(['0001-a'], [createA, createA])).toThrow(/name each one/);
  });
});
