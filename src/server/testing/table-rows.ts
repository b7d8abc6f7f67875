import type { Sqlite } from '../platform/db/sqlite.ts';

/**
 * Every row of a table in a stable order, for tests comparing a database before and after: by
 * rowid, or by all its columns for a table without rowid (FTS5's shadow tables).
 */
export function tableRows(db: Sqlite, table: string): unknown[] {
  const { wr, ncol } = db
    .prepare(`SELECT wr, ncol FROM pragma_table_list WHERE schema = 'main' AND name = ?`)
    .get(table) as { wr: number; ncol: number };
  const order = wr ? Array.from({ length: ncol }, (_, i) => i + 1).join(', ') : 'rowid';
  return db.prepare(`SELECT * FROM "${table}" ORDER BY ${order}`).all();
}
