import type { Sqlite } from '../platform/db/sqlite.ts';
import { tableRows } from './table-rows.ts';

/**
 * Every row of every table, for tests that check a request changed nothing; contact times are
 * left out (any authenticated call updates those). SQLite only for now; the PostgreSQL half
 * (`information_schema.tables`, rows ordered by `(t)::text`) comes with work package H2
 * (docs/design/postgres.md §7.1). Async because PostgreSQL reads are.
 */
export async function databaseSnapshot(db: Sqlite): Promise<Record<string, unknown>> {
  const tables = db
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`)
    .pluck()
    .all() as string[];
  return Promise.resolve(
    Object.fromEntries(
      tables.map((name) => [
        name,
        name === 'register_health'
          ? db
              .prepare(
                `SELECT register_id, store_id, queue, queue_reported_at FROM ${name} ORDER BY 1`,
              )
              .all()
          : tableRows(db, name),
      ]),
    ),
  );
}
