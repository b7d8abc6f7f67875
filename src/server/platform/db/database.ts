import { Kysely, type Transaction } from 'kysely';
import { hookedDialect, type DialectHooks } from './hooked-dialect.ts';
import { CachingSqliteDialect } from './sqlite-dialect.ts';
import type { Sqlite } from './sqlite.ts';
import { TransactionScope } from './transaction-scope.ts';

/** The SQL dialects a service database runs on. */
export type DialectName = 'sqlite' | 'postgres';

/**
 * A service's database: the Kysely instance every repository uses, and on SQLite the raw
 * better-sqlite3 handle under it (the same connection: legacy `statement()` code called inside
 * a Kysely transaction is inside that transaction). `scope` knows the open transactions.
 */
export interface Db<Schema> {
  readonly dialect: DialectName;
  readonly kysely: Kysely<Schema>;
  /** The raw connection on SQLite (backup, legacy code, migrations 0001–0007); null on PostgreSQL. */
  readonly sqlite: Sqlite | null;
  /** The PostgreSQL schema that holds the service's tables (its `search_path`); null on SQLite. */
  readonly schemaName: string | null;
  readonly scope: TransactionScope;
  /** Closes the connection (or pool); the `Db` is unusable afterwards. */
  close(): Promise<void>;
}

/** What a repository function runs its SQL on: the database, or an open transaction. */
export type Executor<Schema> = Kysely<Schema> | Transaction<Schema>;

/** Options for {@link sqliteDb}. */
export interface SqliteDbOptions {
  /** Called before each statement; tests throw from it to inject faults (see `faults.ts`). */
  beforeQuery?: DialectHooks['beforeQuery'];
}

/**
 * A `Db` on an open better-sqlite3 connection (already migrated, or about to be by the
 * migrator). The `Db` owns the connection from here: `close()` closes it.
 */
export function sqliteDb<Schema>(sqlite: Sqlite, options: SqliteDbOptions = {}): Db<Schema> {
  const scope = new TransactionScope();
  const hooks: DialectHooks = { beforeAcquire: () => scope.assertOutside() };
  if (options.beforeQuery) hooks.beforeQuery = options.beforeQuery;
  const kysely = new Kysely<Schema>({
    dialect: hookedDialect(new CachingSqliteDialect({ database: sqlite }), hooks),
  });
  return {
    dialect: 'sqlite',
    kysely,
    sqlite,
    schemaName: null,
    scope,
    async close() {
      await kysely.destroy();
      if (sqlite.open) sqlite.close();
    },
  };
}
