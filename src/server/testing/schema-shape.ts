import { sql } from 'kysely';
import type { Db } from '../platform/db/database.ts';

/** A column as both dialects can describe it; `type` in SQLite's words (`integer`, `text`, `blob`). */
export interface ColumnShape {
  type: string;
  nullable: boolean;
  hasDefault: boolean;
  /** Filled in by the database when omitted (AUTOINCREMENT, INTEGER PRIMARY KEY, identity). */
  generated: boolean;
}

/** A table's columns and keys; column lists are comma-joined in key order. */
export interface TableShape {
  columns: Record<string, ColumnShape>;
  primaryKey: string;
  /** Unique constraints and unique indexes besides the primary key, sorted. */
  unique: string[];
  /** Other indexes by name. */
  indexes: Record<string, string>;
  /** `columns -> table(columns)`, sorted. */
  foreignKeys: string[];
  /** How many CHECK constraints the table has (their text differs between the dialects). */
  checks: number;
}

/** A database's tables by name, Kysely's own (`kysely_*`) left out. */
export type SchemaShape = Record<string, TableShape>;

const postgresTypes: Readonly<Record<string, string>> = {
  int8: 'integer',
  text: 'text',
  bytea: 'blob',
};

interface IndexRow {
  table: string;
  name: string;
  primary: boolean;
  unique: boolean;
  columns: string;
}

interface ForeignKeyRow {
  table: string;
  columns: string;
  target: string;
  targetColumns: string;
}

/** Columns from Kysely's introspection, keys from the rows the dialect's catalog gives. */
function shape(
  tables: { name: string; checks: number; columns: { name: string; column: ColumnShape }[] }[],
  indexRows: IndexRow[],
  foreignKeyRows: ForeignKeyRow[],
): SchemaShape {
  return Object.fromEntries(
    tables.map((table) => {
      const indexes = indexRows.filter((row) => row.table === table.name);
      return [
        table.name,
        {
          columns: Object.fromEntries(table.columns.map((c) => [c.name, c.column])),
          primaryKey: indexes.find((row) => row.primary)?.columns ?? '',
          unique: indexes
            .filter((row) => row.unique && !row.primary)
            .map((row) => row.columns)
            .sort(),
          indexes: Object.fromEntries(
            indexes.filter((row) => !row.unique).map((row) => [row.name, row.columns]),
          ),
          foreignKeys: foreignKeyRows
            .filter((row) => row.table === table.name)
            .map((row) => `${row.columns} -> ${row.target}(${row.targetColumns})`)
            .sort(),
          checks: table.checks,
        },
      ];
    }),
  );
}

/**
 * The shape of a SQLite database: its ordinary tables only (HQ's FTS5 `customer_search` and its
 * shadow tables are virtual and shadow tables). A primary key column counts as not null (SQLite
 * allows null in a non-integer one; nothing stores it).
 */
export async function sqliteSchemaShape<Schema>(db: Db<Schema>): Promise<SchemaShape> {
  const sqlite = db.sqlite!;
  const ordinary = new Set(
    (
      sqlite
        .prepare(`SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table'`)
        .all() as { name: string }[]
    ).map((row) => row.name),
  );
  const tables = (await db.kysely.introspection.getTables()).filter((t) => ordinary.has(t.name));
  const indexRows: IndexRow[] = [];
  const foreignKeyRows: ForeignKeyRow[] = [];
  const described = tables.map((table) => {
    const info = sqlite.prepare(`PRAGMA table_info("${table.name}")`).all() as {
      name: string;
      pk: number;
    }[];
    const keyColumns = info.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk);
    indexRows.push({
      table: table.name,
      name: 'primary key',
      primary: true,
      unique: true,
      columns: keyColumns.map((c) => c.name).join(','),
    });
    const indexList = sqlite.prepare(`PRAGMA index_list("${table.name}")`).all() as {
      name: string;
      unique: number;
      origin: string;
    }[];
    for (const index of indexList.filter((i) => i.origin !== 'pk')) {
      const columns = sqlite.prepare(`PRAGMA index_info("${index.name}")`).all() as {
        seqno: number;
        name: string;
      }[];
      indexRows.push({
        table: table.name,
        name: index.name,
        primary: false,
        unique: index.unique === 1,
        columns: columns
          .sort((a, b) => a.seqno - b.seqno)
          .map((c) => c.name)
          .join(','),
      });
    }
    const keys = sqlite.prepare(`PRAGMA foreign_key_list("${table.name}")`).all() as {
      id: number;
      seq: number;
      table: string;
      from: string;
      to: string;
    }[];
    for (const id of new Set(keys.map((k) => k.id))) {
      const parts = keys.filter((k) => k.id === id).sort((a, b) => a.seq - b.seq);
      foreignKeyRows.push({
        table: table.name,
        columns: parts.map((k) => k.from).join(','),
        target: parts[0]?.table ?? '',
        targetColumns: parts.map((k) => k.to).join(','),
      });
    }
    const inKey = new Set(keyColumns.map((c) => c.name));
    const { sql: text } = sqlite
      .prepare(`SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?`)
      .get(table.name) as { sql: string };
    return {
      name: table.name,
      checks: text.match(/\bCHECK\s*\(/gi)?.length ?? 0,
      columns: table.columns.map((c) => ({
        name: c.name,
        column: {
          type: c.dataType.toLowerCase(),
          nullable: c.isNullable && !inKey.has(c.name),
          hasDefault: c.hasDefaultValue,
          generated: c.isAutoIncrementing,
        },
      })),
    };
  });
  return shape(described, indexRows, foreignKeyRows);
}

/**
 * The shape of the `Db`'s PostgreSQL schema, types in SQLite's words (`int8` → `integer`,
 * `bytea` → `blob`; any other type keeps its own name). Indexes named in `skipIndexes` are left
 * out (HQ's trigram index, whose SQLite counterpart is a virtual table).
 */
export async function postgresSchemaShape<Schema>(
  db: Db<Schema>,
  skipIndexes: readonly string[] = [],
): Promise<SchemaShape> {
  const schema = db.schemaName!;
  const tables = (await db.kysely.introspection.getTables()).filter((t) => t.schema === schema);
  const { rows: indexRows } = await sql<IndexRow>`
    SELECT c.relname AS "table", i.relname AS name, x.indisprimary AS "primary",
      x.indisunique AS "unique",
      (SELECT string_agg(a.attname, ',' ORDER BY k.n)
        FROM unnest(x.indkey::int2[]) WITH ORDINALITY AS k (attnum, n)
        JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum) AS columns
    FROM pg_index x
    JOIN pg_class i ON i.oid = x.indexrelid
    JOIN pg_class c ON c.oid = x.indrelid
    JOIN pg_namespace s ON s.oid = c.relnamespace
    WHERE s.nspname = ${schema}
  `.execute(db.kysely);
  const { rows: foreignKeyRows } = await sql<ForeignKeyRow>`
    SELECT c.relname AS "table", f.relname AS target,
      (SELECT string_agg(a.attname, ',' ORDER BY k.n)
        FROM unnest(con.conkey) WITH ORDINALITY AS k (attnum, n)
        JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum) AS columns,
      (SELECT string_agg(a.attname, ',' ORDER BY k.n)
        FROM unnest(con.confkey) WITH ORDINALITY AS k (attnum, n)
        JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum) AS "targetColumns"
    FROM pg_constraint con
    JOIN pg_class c ON c.oid = con.conrelid
    JOIN pg_class f ON f.oid = con.confrelid
    JOIN pg_namespace s ON s.oid = c.relnamespace
    WHERE con.contype = 'f' AND s.nspname = ${schema}
  `.execute(db.kysely);
  const { rows: checkRows } = await sql<{ table: string }>`
    SELECT c.relname AS "table" FROM pg_constraint con
    JOIN pg_class c ON c.oid = con.conrelid
    JOIN pg_namespace s ON s.oid = c.relnamespace
    WHERE con.contype = 'c' AND s.nspname = ${schema}
  `.execute(db.kysely);
  const described = tables.map((table) => ({
    name: table.name,
    checks: checkRows.filter((row) => row.table === table.name).length,
    columns: table.columns.map((c) => ({
      name: c.name,
      column: {
        type: postgresTypes[c.dataType] ?? c.dataType,
        nullable: c.isNullable,
        hasDefault: c.hasDefaultValue,
        generated: c.isAutoIncrementing,
      },
    })),
  }));
  return shape(
    described,
    indexRows.filter((row) => !skipIndexes.includes(row.name)),
    foreignKeyRows,
  );
}
