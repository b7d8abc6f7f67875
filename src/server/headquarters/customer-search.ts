import { displayName, type Customer } from '../../contract/customer.ts';
import type { HqDb } from './db/hq-db.ts';
import { statement } from '../platform/db/sqlite.ts';

/**
 * Search all stores and the HQ console's customer list: customers whose lower-cased
 * `search_text` contains the lower-cased query, by account number. One algorithm (design §6):
 *
 * - an empty query: every customer;
 * - a query shorter than a trigram: an ordered walk of the account numbers with `LIKE`, which
 *   stops after `limit` matches (a scan only when few customers match);
 * - otherwise the FTS5 trigram index `customer_search` (HQ schema 8) gives the candidates; at
 *   most `candidateLimit` of them are re-checked with the same `LIKE` and sorted. A query with
 *   more candidates is common, so the ordered walk finds `limit` matches soon.
 *
 * The `LIKE` re-check makes every path return exactly what the scan returns.
 */

/** Candidates read from the trigram index before a query counts as common. */
const candidateLimit = 5_000;

/** The shortest query (in characters) the trigram index can answer. */
const trigramLength = 3;

/** The text a customer is found by: account, names, organisation, e-mail, phone and its digits. */
export function customerSearchText(c: Customer): string {
  return [
    c.accountNumber,
    c.firstName,
    c.lastName,
    displayName(c),
    c.organizationName,
    c.email,
    c.phone,
    c.phone.replace(/\D/g, ''),
  ]
    .join(' ')
    .toLowerCase();
}

/** How the customers matching a query are found. */
type Plan =
  | { kind: 'all' }
  | { kind: 'walk'; pattern: string }
  | { kind: 'candidates'; pattern: string; ids: string };

function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
}

/** An FTS5 phrase: the query's trigrams in a row, i.e. a substring (`"` doubled). */
function trigramPhrase(text: string): string {
  return `"${text.replaceAll('"', '""')}"`;
}

function plan(db: HqDb, q: string): Plan {
  const text = q.trim().toLowerCase();
  if (!text) return { kind: 'all' };
  const pattern = likePattern(text);
  // FTS5 reads its query as a C string: a NUL would cut the phrase short.
  if ([...text].length < trigramLength || text.includes('\0')) return { kind: 'walk', pattern };
  const ids = statement(
    db,
    'SELECT rowid FROM customer_search WHERE customer_search MATCH ? LIMIT ?',
  )
    .pluck()
    .all(trigramPhrase(text), candidateLimit + 1) as number[];
  return ids.length > candidateLimit
    ? { kind: 'walk', pattern }
    : { kind: 'candidates', pattern, ids: JSON.stringify(ids) };
}

function where(found: Plan, storeId: string | null): { sql: string; params: object } {
  const conditions = [
    ...(found.kind === 'candidates' ? ['id IN (SELECT value FROM json_each(@ids))'] : []),
    ...(found.kind === 'all' ? [] : [`search_text LIKE @pattern ESCAPE '\\'`]),
    // Candidates are looked up by id: `+` keeps SQLite from walking a whole store's index instead.
    ...(storeId === null ? [] : [`${found.kind === 'candidates' ? '+' : ''}store_id = @storeId`]),
  ];
  return {
    sql: conditions.length ? `WHERE ${conditions.join(' AND ')}` : '',
    params: {
      ...(found.kind === 'all' ? {} : { pattern: found.pattern }),
      ...(found.kind === 'candidates' ? { ids: found.ids } : {}),
      ...(storeId === null ? {} : { storeId }),
    },
  };
}

function page(db: HqDb, found: Plan, limit: number, storeId: string | null): Customer[] {
  const { sql, params } = where(found, storeId);
  const rows = statement(
    db,
    `SELECT data FROM customers ${sql} ORDER BY account_number LIMIT @limit`,
  )
    .pluck()
    .all({ ...params, limit }) as string[];
  return rows.map((data) => JSON.parse(data) as Customer);
}

/**
 * Search all stores (B12): the first `limit` customers matching `q` by account number; with
 * `storeId`, only that store's (shared customer data filtered, B4). No total: it is not shown.
 */
export function searchCustomers(
  db: HqDb,
  q: string,
  limit: number,
  storeId: string | null = null,
): Customer[] {
  return page(db, plan(db, q), limit, storeId);
}

/** The HQ console's customer list: the first `limit` customers matching `q`, and how many match. */
export function searchCustomersWithTotal(
  db: HqDb,
  q: string,
  limit: number,
): { customers: Customer[]; total: number } {
  const found = plan(db, q);
  const { sql, params } = where(found, null);
  const total = statement(db, `SELECT COUNT(*) FROM customers ${sql}`)
    .pluck()
    .get(params) as number;
  return { customers: page(db, found, limit, null), total };
}
