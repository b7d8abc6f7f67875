import { afterEach, describe, expect, it } from 'vitest';
import { sqliteDb, type Db } from './database.ts';
import { precompile } from './precompiled.ts';
import { connectSqlite } from './sqlite.ts';
import { withTransaction } from './transaction.ts';

interface TestSchema {
  items: { name: string; qty: number; note: string | null };
}

const opened: Db<TestSchema>[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.close()));
});

function testDb(): Db<TestSchema> {
  const sqlite = connectSqlite(':memory:');
  sqlite.exec('CREATE TABLE items (name TEXT PRIMARY KEY, qty INTEGER NOT NULL, note TEXT)');
  const db = sqliteDb<TestSchema>(sqlite);
  opened.push(db);
  return db;
}

const upsert = precompile<TestSchema, { name: string; qty: number }, never>((db, param) =>
  db
    .insertInto('items')
    .values({ name: param('name'), qty: param('qty'), note: 'fixed' })
    .onConflict((oc) => oc.column('name').doUpdateSet({ qty: param('qty') })),
);

const page = precompile<
  TestSchema,
  { after: string; limit: number },
  { name: string; qty: number }
>((db, param) =>
  db
    .selectFrom('items')
    .select(['name', 'qty'])
    .where('name', '>', param('after'))
    .orderBy('name')
    .limit(param('limit')),
);

describe('precompile', () => {
  it('binds named parameters per call, in the order the SQL wants them', async () => {
    const db = testDb();
    await upsert(db.kysely, { name: 'b', qty: 1 });
    await upsert(db.kysely, { name: 'a', qty: 2 });
    await upsert(db.kysely, { name: 'b', qty: 3 });
    expect(await page(db.kysely, { after: '', limit: 10 })).toEqual([
      { name: 'a', qty: 2 },
      { name: 'b', qty: 3 },
    ]);
    expect(await page(db.kysely, { after: 'a', limit: 1 })).toEqual([{ name: 'b', qty: 3 }]);
    const notes = await db.kysely.selectFrom('items').select('note').distinct().execute();
    expect(notes).toEqual([{ note: 'fixed' }]);
  });

  it('runs on a transaction as on the database, and rolls back with it', async () => {
    const db = testDb();
    await expect(
      withTransaction(db, async (tx) => {
        await upsert(tx, { name: 'x', qty: 1 });
        expect(await page(tx, { after: '', limit: 5 })).toEqual([{ name: 'x', qty: 1 }]);
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect(await page(db.kysely, { after: '', limit: 5 })).toEqual([]);
  });
});
