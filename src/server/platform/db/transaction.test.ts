import { sql } from 'kysely';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sqliteDb, type Db, type SqliteDbOptions } from './database.ts';
import { failStatements } from './faults.ts';
import { connectSqlite, statement } from './sqlite.ts';
import {
  isRetryableTransactionError,
  retryDelay,
  withTransaction,
  type TransactionOptions,
} from './transaction.ts';
import { QueryOutsideTransactionError } from './transaction-scope.ts';

interface TestSchema {
  items: { name: string; qty: number };
}

const opened: Db<TestSchema>[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.close()));
});

function testDb(beforeQuery?: SqliteDbOptions['beforeQuery']): Db<TestSchema> {
  const sqlite = connectSqlite(':memory:');
  sqlite.exec('CREATE TABLE items (name TEXT PRIMARY KEY, qty INTEGER NOT NULL)');
  const db = sqliteDb<TestSchema>(sqlite, beforeQuery ? { beforeQuery } : {});
  opened.push(db);
  return db;
}

const noWait: TransactionOptions = { sleep: () => Promise.resolve(), random: () => 0.5 };

async function names(db: Db<TestSchema>): Promise<string[]> {
  const rows = await db.kysely.selectFrom('items').select('name').orderBy('name').execute();
  return rows.map((row) => row.name);
}

describe('the Kysely SQLite dialect on the services’ connection', () => {
  it('prepares each SQL text once and reuses it', async () => {
    const db = testDb();
    const prepare = vi.spyOn(db.sqlite!, 'prepare');
    for (const qty of [1, 2, 3]) {
      await db.kysely
        .insertInto('items')
        .values({ name: `n${qty}`, qty })
        .execute();
    }
    const inserts = prepare.mock.calls.filter(([sql]) => sql.startsWith('insert'));
    expect(inserts).toHaveLength(1);
    expect(await names(db)).toEqual(['n1', 'n2', 'n3']);
  });

  it('sees what legacy statement() code wrote, and the reverse', async () => {
    const db = testDb();
    statement(db.sqlite!, 'INSERT INTO items (name, qty) VALUES (?, ?)').run('legacy', 1);
    await db.kysely.insertInto('items').values({ name: 'kysely', qty: 2 }).execute();
    const legacy = statement(db.sqlite!, 'SELECT name FROM items ORDER BY name').all();
    expect(legacy).toEqual([{ name: 'kysely' }, { name: 'legacy' }]);
  });

  it('shares prepared statements with the legacy code and reads whole rows from a plucked one', async () => {
    const db = testDb();
    const text = 'SELECT name, qty FROM items ORDER BY name';
    statement(db.sqlite!, 'INSERT INTO items (name, qty) VALUES (?, ?)').run('a', 1);
    expect(statement(db.sqlite!, text).pluck().all()).toEqual(['a']);
    const prepare = vi.spyOn(db.sqlite!, 'prepare');
    const { rows } = await sql.raw(text).execute(db.kysely);
    expect(prepare).not.toHaveBeenCalled();
    expect(rows).toEqual([{ name: 'a', qty: 1 }]);
  });

  it('streams select results row by row', async () => {
    const db = testDb();
    await db.kysely
      .insertInto('items')
      .values([1, 2, 3].map((qty) => ({ name: `n${qty}`, qty })))
      .execute();
    const streamed: number[] = [];
    for await (const row of db.kysely.selectFrom('items').select('qty').orderBy('qty').stream()) {
      streamed.push(row.qty);
    }
    expect(streamed).toEqual([1, 2, 3]);
  });

  it('rolls back legacy synchronous writes made inside a Kysely transaction', async () => {
    const db = testDb();
    await expect(
      withTransaction(db, async (tx) => {
        await tx.insertInto('items').values({ name: 'kysely', qty: 1 }).execute();
        statement(db.sqlite!, 'INSERT INTO items (name, qty) VALUES (?, ?)').run('legacy', 1);
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect(await names(db)).toEqual([]);
  });

  it('runs a transaction that awaits only queries within one macrotask', async () => {
    const db = testDb();
    const ran: string[] = [];
    setTimeout(() => ran.push('timeout'), 0);
    setImmediate(() => ran.push('immediate'));
    await withTransaction(db, async (tx) => {
      for (let i = 0; i < 50; i += 1) {
        await tx
          .insertInto('items')
          .values({ name: `n${i}`, qty: i })
          .execute();
        await tx.selectFrom('items').selectAll().where('name', '=', `n${i}`).execute();
      }
      ran.push('body');
    });
    expect(ran[0]).toBe('body');
  });

  it('rolls back to a savepoint and keeps the rest of the transaction', async () => {
    const db = testDb();
    await withTransaction(db, async (tx) => {
      await tx.insertInto('items').values({ name: 'kept', qty: 1 }).execute();
      const inner = await tx.savepoint('one').execute();
      await inner.insertInto('items').values({ name: 'dropped', qty: 2 }).execute();
      await inner.rollbackToSavepoint('one').execute();
    });
    expect(await names(db)).toEqual(['kept']);
  });
});

describe('withTransaction', () => {
  async function transferBody(db: Db<TestSchema>): Promise<number> {
    return withTransaction(
      db,
      async (tx) => {
        await tx.insertInto('items').values({ name: 'a', qty: 1 }).execute();
        await tx.insertInto('items').values({ name: 'b', qty: 2 }).execute();
        const rows = await tx.selectFrom('items').select('qty').execute();
        return rows.reduce((sum, row) => sum + row.qty, 0);
      },
      noWait,
    );
  }

  it.each([
    ['begin', [1]],
    ['the first insert', [2]],
    ['the read', [4]],
    ['commit', [5]],
    ['two attempts in a row', [2, 4]],
  ])('retries a serialization failure on %s and ends as an unfaulted run', async (_, at) => {
    const faults = failStatements(at);
    const db = testDb(faults.beforeQuery);
    expect(await transferBody(db)).toBe(3);
    expect(await names(db)).toEqual(['a', 'b']);
    expect(faults.count()).toBeGreaterThan(5);
  });

  it('gives up after the configured retries and leaves nothing behind', async () => {
    const faults = failStatements([2, 4, 6]);
    const db = testDb(faults.beforeQuery);
    await expect(
      withTransaction(db, (tx) => tx.insertInto('items').values({ name: 'a', qty: 1 }).execute(), {
        ...noWait,
        retries: 2,
      }),
    ).rejects.toMatchObject({ code: '40001' });
    expect(await names(db)).toEqual([]);
  });

  it('does not retry other errors', async () => {
    const db = testDb();
    let runs = 0;
    await expect(
      withTransaction(
        db,
        async (tx) => {
          runs += 1;
          await tx.insertInto('items').values({ name: 'a', qty: 1 }).execute();
          await tx.insertInto('items').values({ name: 'a', qty: 1 }).execute();
        },
        noWait,
      ),
    ).rejects.toMatchObject({ code: 'SQLITE_CONSTRAINT_PRIMARYKEY' });
    expect(runs).toBe(1);
  });

  it('fails a query on the database inside its own transaction instead of deadlocking', async () => {
    const db = testDb();
    await expect(
      withTransaction(db, async () => {
        await db.kysely.selectFrom('items').selectAll().execute();
      }),
    ).rejects.toBeInstanceOf(QueryOutsideTransactionError);
    expect(await names(db)).toEqual([]);
  });

  it('allows a transaction on another database inside one', async () => {
    const first = testDb();
    const second = testDb();
    await withTransaction(first, async (tx) => {
      await tx.insertInto('items').values({ name: 'first', qty: 1 }).execute();
      await withTransaction(second, (other) =>
        other.insertInto('items').values({ name: 'second', qty: 1 }).execute(),
      );
    });
    expect([await names(first), await names(second)]).toEqual([['first'], ['second']]);
  });

  it.each([
    [{ code: '40001' }, true],
    [{ code: '40P01' }, true],
    [{ code: '23505' }, false],
    [{ code: 'SQLITE_BUSY' }, false],
    [new Error('x'), false],
    ['40001', false],
  ])('classifies %j as retryable: %s', (error, retryable) => {
    expect(isRetryableTransactionError(error)).toBe(retryable);
  });

  it.each([
    [0, 0, 10],
    [0, 1, 20],
    [2, 1, 80],
    [4, 1, 200],
    [9, 1, 200],
    [9, 0, 10],
  ])('waits between 10 and 200 ms (attempt %i, random %f → %i ms)', (attempt, random, ms) => {
    expect(retryDelay(attempt, () => random)).toBe(ms);
  });
});
