import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seededRandom, type Random } from '../../e2e/chaos/random.ts';
import { emptyDraft, type Customer } from '../../src/contract/customer.ts';
import {
  customerSearchText,
  searchCustomers,
  searchCustomersWithTotal,
} from '../../src/server/headquarters/customer-search.ts';
import { hqMigrations, openHqDb, type HqDb } from '../../src/server/headquarters/db/hq-db.ts';
import { demoDefaults } from '../../src/server/headquarters/demo-data.ts';
import { migrate } from '../../src/server/platform/db/sqlite.ts';
import { searchQueries, type KnownCustomer } from '../pos-search-queries.ts';
import { percentile } from '../stats.ts';

/**
 * Search all stores at scale (issue 14, design §6), outside CI: `npx tsx bench/limits/hq-search.ts
 * [customers] [queries]`. Bulk-loads `customers` into an HQ file at schema 7 (today's main),
 * times today's search (the page and the COUNT the real-time path threw away), upgrades the file
 * to schema 8 (timed: what an existing HQ pays once), then times the trigram search for the same
 * queries (`bench/pos-search-queries.ts`, typed by a cashier: names, phone digits, accounts).
 */

const latin = {
  first: ['Haruto', 'Yui', 'Sota', 'Hina', 'Ren', 'Aoi', 'Emma', 'Liam', 'Olivia', 'Noah', 'Mia'],
  last: ['Sato', 'Suzuki', 'Takahashi', 'Tanaka', 'Watanabe', 'Ito', 'Smith', 'Brown', 'Garcia'],
};
const japanese = {
  first: ['太郎', '花子', '翔太', 'さくら', '結衣', '蓮', '陽翔', '美咲', '健', '愛'],
  last: ['佐藤', '鈴木', '高橋', '田中', '渡辺', '伊藤', '山本', '中村', '小林', '加藤'],
};

function customerAt(r: Random, i: number): Customer {
  const names = r.next() < 0.3 ? japanese : latin;
  // A family name with a number now and then, so that not every name is one of a few dozen.
  const lastName = `${r.pick(names.last)}${r.next() < 0.5 ? '' : String(r.int(1, 999))}`;
  const firstName = r.pick(names.first);
  const digits = () => String(r.int(0, 9999)).padStart(4, '0');
  return {
    ...emptyDraft(),
    ...demoDefaults,
    firstName,
    lastName,
    email: `user${i}.${r.int(1, 9999)}@example.com`,
    phone: `090-${digits()}-${digits()}`,
    accountNumber: `C${String(i).padStart(6, '0')}`,
    asyncGuid: null,
    storeId: i % 2 === 0 ? 'S002' : 'S001',
    loyaltyCards: [],
    appliedEditGuid: null,
    mergedInto: null,
    version: 1,
    updatedAt: '2025-01-01T09:00:00.000Z',
  };
}

/** Writes `count` customers straight into a schema-7 file (what the save path would store). */
function load(file: string, count: number): KnownCustomer[] {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  migrate(db, hqMigrations.slice(0, 7));
  const r = seededRandom(14);
  const insert = db.prepare(
    `INSERT INTO customers (account_number, async_guid, store_id, search_text, row_version, data)
     VALUES (?, NULL, ?, ?, ?, ?)`,
  );
  const known: KnownCustomer[] = [];
  db.transaction(() => {
    for (let i = 1; i <= count; i += 1) {
      const c = customerAt(r, i);
      insert.run(c.accountNumber, c.storeId, customerSearchText(c), i, JSON.stringify(c));
      if (i % Math.ceil(count / 200) === 0) known.push(c);
    }
  })();
  db.close();
  return known;
}

/** Today's search (before schema 8): the page, and the COUNT over the same condition. */
function legacySearch(db: HqDb, q: string, limit: number, withCount: boolean): number {
  const text = q.trim().toLowerCase();
  const where = text ? `WHERE search_text LIKE @pattern ESCAPE '\\'` : '';
  const params = text ? { pattern: `%${text.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%` } : {};
  const rows = db
    .prepare(`SELECT data FROM customers ${where} ORDER BY account_number LIMIT @limit`)
    .all({ ...params, limit });
  if (withCount) db.prepare(`SELECT COUNT(*) FROM customers ${where}`).get(params);
  return rows.length;
}

/** The kinds of `searchQueries`, in the order it takes them in turn. */
const kinds = ['last name', 'first name', 'first + last', 'phone digits', 'account'];

function summary(times: readonly number[]): string {
  const ms = (p: number) => percentile(times, p).toFixed(1);
  return `p50 ${ms(50)} ms, p95 ${ms(95)} ms, max ${ms(100)} ms (${times.length} queries)`;
}

function timed(queries: readonly string[], run: (q: string) => unknown, byKind = false): string {
  for (const q of queries.slice(0, 5)) run(q);
  const times = queries.map((q) => {
    const started = performance.now();
    run(q);
    return performance.now() - started;
  });
  const perKind = kinds.map(
    (kind, k) => `\n  ${kind}: ${summary(times.filter((_, i) => i % kinds.length === k))}`,
  );
  return summary(times) + (byKind ? perKind.join('') : '');
}

const count = Number(process.argv[2] ?? 100_000);
const queryCount = Number(process.argv[3] ?? 500);
/** Today's search scans: at 1M, time it on fewer queries (`[legacy queries]`, third argument). */
const legacyCount = Number(process.argv[4] ?? queryCount);
const dir = mkdtempSync(join(tmpdir(), 'pos-bench-hq-search-'));
const file = join(dir, 'hq.sqlite');
try {
  let started = performance.now();
  const known = load(file, count);
  console.log(
    `${count} customers loaded in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  const queries = searchQueries(known, queryCount, seededRandom(7));
  const short = queries.filter((q) => [...q.trim()].length < 3);
  console.log(`queries: ${queries.length} (${short.length} shorter than 3 characters)`);

  const legacyQueries = queries.slice(0, legacyCount);
  if (legacyCount > 0) {
    const old = new Database(file, { readonly: true });
    console.log(
      'schema 7, Search all stores (page + COUNT):',
      timed(legacyQueries, (q) => legacySearch(old, q, 50, true)),
    );
    console.log(
      'schema 7, page only:',
      timed(legacyQueries, (q) => legacySearch(old, q, 50, false)),
    );
    old.close();
  }

  started = performance.now();
  const db = openHqDb(file);
  console.log(`upgrade 7 → 8: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  console.log(
    'schema 8, Search all stores:',
    timed(queries, (q) => searchCustomers(db, q, 50), true),
  );
  console.log(
    'schema 8, Search all stores, one store (B4):',
    timed(queries, (q) => searchCustomers(db, q, 50, 'S001')),
  );
  console.log(
    'schema 8, short queries only:',
    timed(short, (q) => searchCustomers(db, q, 50)),
  );
  console.log(
    'schema 8, console (with total):',
    timed(queries, (q) => searchCustomersWithTotal(db, q, 100)),
  );
  db.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
