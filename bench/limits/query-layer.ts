import { Kysely, SqliteDialect } from 'kysely';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { benchDraft } from '../harness/bench-drafts.ts';
import { sqliteDb } from '../../src/server/platform/db/database.ts';
import { precompile } from '../../src/server/platform/db/precompiled.ts';
import { connectSqlite, statement, type Sqlite } from '../../src/server/platform/db/sqlite.ts';

/**
 * Design 3.3 (issue 14): what Kysely costs on SQLite's hot paths before any service uses it.
 * Two workloads, each through four query layers on the same kind of file database (WAL,
 * synchronous NORMAL, HQ's `customers` and the scale unit's `channel_customers` columns):
 *
 * - customer upserts: `count` rows by HQ's `save` statement, 500 per transaction (the sync job's
 *   batch), then the same rows again (the update half of the upsert);
 * - feed pages: 2,001-row pages of `channel_customers` as `readCustomerFeed` reads them, with
 *   `JSON.parse` of each row, over the whole table.
 *
 * Layers: today's `statement()` cache; stock Kysely (`SqliteDialect`, prepares every query);
 * Kysely + `CachingSqliteDialect` (our `Db`); precompiled queries on that `Db`.
 */

/** A type, not an interface: precompiled parameters need an index signature. */
type Row = {
  account: string;
  guid: string;
  search: string;
  rowVersion: number;
  data: string;
};

interface BenchSchema {
  customers: {
    account_number: string;
    async_guid: string | null;
    store_id: string;
    origin_register_id: string | null;
    search_text: string;
    row_version: number;
    data: string;
  };
  channel_customers: { account_number: string; feed_counter: number; data: string };
}

/** One query layer: upserts `rows` in batches, and reads one feed page after `since`. */
interface Layer {
  name: string;
  upsertBatch(rows: readonly Row[]): Promise<void>;
  feedPage(since: number, limit: number): Promise<{ counter: number; data: string }[]>;
  close(): Promise<void>;
}

const tables = `
  CREATE TABLE customers (
    account_number TEXT PRIMARY KEY, async_guid TEXT UNIQUE, store_id TEXT NOT NULL,
    search_text TEXT NOT NULL, row_version INTEGER NOT NULL, data TEXT NOT NULL,
    origin_register_id TEXT);
  CREATE INDEX customers_row_version ON customers (row_version);
  CREATE TABLE channel_customers (
    account_number TEXT PRIMARY KEY, async_guid TEXT, feed_counter INTEGER NOT NULL UNIQUE,
    data TEXT NOT NULL, origin_register_id TEXT);`;

const upsertSql = `INSERT INTO customers
    (account_number, async_guid, store_id, origin_register_id, search_text, row_version, data)
  VALUES (@account, @guid, 'S001', 'S001-R1', @search, @rowVersion, @data)
  ON CONFLICT (account_number) DO UPDATE SET
    search_text = excluded.search_text, row_version = excluded.row_version, data = excluded.data`;

const feedSql = `SELECT feed_counter AS counter, data FROM channel_customers
  WHERE feed_counter > ? ORDER BY feed_counter LIMIT ?`;

function legacyLayer(sqlite: Sqlite): Layer {
  const upsertAll = sqlite.transaction((rows: readonly Row[]) => {
    for (const row of rows) statement(sqlite, upsertSql).run(row);
  });
  return {
    name: 'statement() (today)',
    upsertBatch: (rows) => Promise.resolve(upsertAll(rows)),
    feedPage: (since, limit) =>
      Promise.resolve(
        statement(sqlite, feedSql).all(since, limit) as { counter: number; data: string }[],
      ),
    close: () => {
      sqlite.close();
      return Promise.resolve();
    },
  };
}

/** The builder calls a repository converted to Kysely would make. */
function kyselyLayer(name: string, kysely: Kysely<BenchSchema>, close: () => Promise<void>): Layer {
  return {
    name,
    upsertBatch: (rows) =>
      kysely.transaction().execute(async (tx) => {
        for (const row of rows) {
          await tx
            .insertInto('customers')
            .values({
              account_number: row.account,
              async_guid: row.guid,
              store_id: 'S001',
              origin_register_id: 'S001-R1',
              search_text: row.search,
              row_version: row.rowVersion,
              data: row.data,
            })
            .onConflict((oc) =>
              oc.column('account_number').doUpdateSet((eb) => ({
                search_text: eb.ref('excluded.search_text'),
                row_version: eb.ref('excluded.row_version'),
                data: eb.ref('excluded.data'),
              })),
            )
            .execute();
        }
      }),
    feedPage: (since, limit) =>
      kysely
        .selectFrom('channel_customers')
        .select(['feed_counter as counter', 'data'])
        .where('feed_counter', '>', since)
        .orderBy('feed_counter')
        .limit(limit)
        .execute(),
    close,
  };
}

const precompiledUpsert = precompile<BenchSchema, Row, never>((db, param) =>
  db
    .insertInto('customers')
    .values({
      account_number: param('account'),
      async_guid: param('guid'),
      store_id: 'S001',
      origin_register_id: 'S001-R1',
      search_text: param('search'),
      row_version: param('rowVersion'),
      data: param('data'),
    })
    .onConflict((oc) =>
      oc.column('account_number').doUpdateSet((eb) => ({
        search_text: eb.ref('excluded.search_text'),
        row_version: eb.ref('excluded.row_version'),
        data: eb.ref('excluded.data'),
      })),
    ),
);

const precompiledFeed = precompile<
  BenchSchema,
  { since: number; limit: number },
  { counter: number; data: string }
>((db, param) =>
  db
    .selectFrom('channel_customers')
    .select(['feed_counter as counter', 'data'])
    .where('feed_counter', '>', param('since'))
    .orderBy('feed_counter')
    .limit(param('limit')),
);

function precompiledLayer(sqlite: Sqlite): Layer {
  const db = sqliteDb<BenchSchema>(sqlite);
  return {
    name: 'Kysely precompiled',
    upsertBatch: (rows) =>
      db.kysely.transaction().execute(async (tx) => {
        for (const row of rows) await precompiledUpsert(tx, row);
      }),
    feedPage: (since, limit) => precompiledFeed(db.kysely, { since, limit }),
    close: () => db.close(),
  };
}

const layers: Record<string, (sqlite: Sqlite) => Layer> = {
  legacy: legacyLayer,
  stock: (sqlite) => {
    const kysely = new Kysely<BenchSchema>({ dialect: new SqliteDialect({ database: sqlite }) });
    return kyselyLayer('Kysely stock (prepare per query)', kysely, () => kysely.destroy());
  },
  caching: (sqlite) => {
    const db = sqliteDb<BenchSchema>(sqlite);
    return kyselyLayer('Kysely + CachingSqliteDialect', db.kysely, () => db.close());
  },
  precompiled: precompiledLayer,
};

/** One layer's figures: upserts per second (insert pass, update pass) and feed pages p50. */
export interface QueryLayerResult {
  layer: string;
  insertsPerSecond: number;
  updatesPerSecond: number;
  feedPageMs: number;
}

function rowsFor(count: number): Row[] {
  return Array.from({ length: count }, (_, i) => {
    const draft = benchDraft('QueryLayer', i);
    const account = `C${String(i + 1).padStart(7, '0')}`;
    return {
      account,
      guid: crypto.randomUUID(),
      search: [account, draft.firstName, draft.lastName].join(' ').toLowerCase(),
      rowVersion: i + 1,
      data: JSON.stringify({ ...draft, accountNumber: account }),
    };
  });
}

async function upsertRate(layer: Layer, rows: readonly Row[], batch: number): Promise<number> {
  const started = performance.now();
  for (let i = 0; i < rows.length; i += batch) await layer.upsertBatch(rows.slice(i, i + batch));
  return rows.length / ((performance.now() - started) / 1000);
}

/** Median ms per 2,000-customer feed page (with `JSON.parse` of each row) over the table. */
async function feedPageMs(layer: Layer, customers: number): Promise<number> {
  const times: number[] = [];
  let since = 0;
  while (since < customers) {
    const started = performance.now();
    const page = await layer.feedPage(since, 2001);
    const kept = page.slice(0, 2000);
    kept.forEach((row) => JSON.parse(row.data) as unknown);
    times.push(performance.now() - started);
    since = kept.at(-1)?.counter ?? customers;
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}

/**
 * Runs both workloads through every layer, each on a fresh file database, `rounds` times with
 * the layers interleaved, and keeps each layer's best figures (the machine is shared: the best
 * run is the one least disturbed). A warm-up run of 5,000 customers per layer comes first, so
 * the first layer does not pay for the JIT alone.
 */
export async function measureQueryLayers(
  count: number,
  rounds = 3,
  batch = 500,
): Promise<QueryLayerResult[]> {
  const makers = Object.values(layers);
  for (const make of makers) await measureLayer(make, rowsFor(Math.min(count, 5000)), batch);
  const best = new Map<number, QueryLayerResult>();
  for (let round = 0; round < rounds; round += 1) {
    for (const [index, make] of makers.entries()) {
      const result = await measureLayer(make, rowsFor(count), batch);
      const previous = best.get(index);
      best.set(index, {
        layer: result.layer,
        insertsPerSecond: Math.max(result.insertsPerSecond, previous?.insertsPerSecond ?? 0),
        updatesPerSecond: Math.max(result.updatesPerSecond, previous?.updatesPerSecond ?? 0),
        feedPageMs: Math.min(result.feedPageMs, previous?.feedPageMs ?? Infinity),
      });
    }
  }
  return [...best.values()];
}

async function measureLayer(
  make: (sqlite: Sqlite) => Layer,
  rows: readonly Row[],
  batch: number,
): Promise<QueryLayerResult> {
  const dir = mkdtempSync(join(tmpdir(), 'pos-bench-query-layer-'));
  const sqlite = connectSqlite(join(dir, 'bench.db'));
  sqlite.exec(tables);
  sqlite
    .prepare(
      `INSERT INTO channel_customers (account_number, feed_counter, data)
       SELECT value, key + 1, json_object('accountNumber', value, 'firstName', 'Aiko',
         'lastName', 'Mori', 'email', 'aiko@example.com', 'addresses', json('[]'))
       FROM json_each(?)`,
    )
    .run(JSON.stringify(rows.map((row) => row.account)));
  const layer = make(sqlite);
  try {
    const insertsPerSecond = await upsertRate(layer, rows, batch);
    const updatesPerSecond = await upsertRate(layer, rows, batch);
    const feed = await feedPageMs(layer, rows.length);
    return { layer: layer.name, insertsPerSecond, updatesPerSecond, feedPageMs: feed };
  } finally {
    await layer.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The results as a Markdown table, with each layer's ratio to today's `statement()`. */
export function queryLayerTable(results: readonly QueryLayerResult[]): string {
  const base = results[0];
  const ratio = (value: number, of: number | undefined) =>
    of ? ` (${Math.round((value / of) * 100)} %)` : '';
  const lines = results.map(
    (r) =>
      `| ${r.layer} | ${Math.round(r.insertsPerSecond).toLocaleString('en')}${ratio(r.insertsPerSecond, base?.insertsPerSecond)} ` +
      `| ${Math.round(r.updatesPerSecond).toLocaleString('en')}${ratio(r.updatesPerSecond, base?.updatesPerSecond)} ` +
      `| ${r.feedPageMs.toFixed(2)} |`,
  );
  return [
    '| Query layer | Upserts/s, insert pass | Upserts/s, update pass | Feed page of 2,000 p50 (ms) |',
    '| --- | --- | --- | --- |',
    ...lines,
  ].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const count = Number(process.argv[2] ?? 100_000);
  const rounds = Number(process.argv[3] ?? 3);
  console.log(
    `Query layer on SQLite, ${count.toLocaleString('en')} customers, best of ${rounds}:\n`,
  );
  console.log(queryLayerTable(await measureQueryLayers(count, rounds)));
}
