import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Db, SqliteDbOptions } from './database.ts';
import { hookedDialect, type DialectHooks } from './hooked-dialect.ts';
import { TransactionScope } from './transaction-scope.ts';

/** Where a service's tables live on PostgreSQL: a server (URL) and one schema of its own. */
export interface PostgresLocation {
  /** `postgres://user:password@host:port/database` */
  url: string;
  /** The schema for the service's tables (`hq`, `scale_unit`; `t_…` in tests). */
  schema: string;
}

/** Options for {@link openPostgresDb}. */
export interface PostgresDbOptions extends PostgresLocation, SqliteDbOptions {
  /** Connections in the pool (design §3.2: 10). */
  maxConnections?: number;
}

/** A schema name we put in `search_path` and DDL unquoted: lower-case letters, digits, `_`. */
const schemaNamePattern = /^[a-z_][a-z0-9_]{0,62}$/;

/** The schema name is not one {@link openPostgresDb} accepts. */
export class InvalidSchemaNameError extends Error {
  readonly code = 'invalid-schema-name';
  constructor(readonly schema: string) {
    super(`'${schema}' is not a schema name: use lower-case letters, digits and _ (at most 63)`);
  }
}

/** `int8` (and `COUNT(*)`) as a number: our integers stay below 2^53, and one beyond fails loudly. */
function parseInt8(text: string): number {
  const value = Number(text);
  if (!Number.isSafeInteger(value)) {
    throw new RangeError(`int8 ${text} is beyond JavaScript's safe integers`);
  }
  return value;
}

/**
 * A pool whose every connection has `search_path` set to the schema (unqualified names are the
 * service's tables) and reads `int8` as a number (pg's default is a string): SQLite's value types.
 */
function postgresPool(options: PostgresDbOptions): pg.Pool {
  const types = new pg.TypeOverrides();
  types.setTypeParser(pg.types.builtins.INT8, 'text', parseInt8);
  return new pg.Pool({
    connectionString: options.url,
    max: options.maxConnections ?? 10,
    options: `-c search_path=${options.schema}`,
    types,
  });
}

/** True for the error of two sessions creating one schema at once (`IF NOT EXISTS` still races). */
function isAlreadyThere(error: unknown): boolean {
  if (typeof error !== 'object' || error === null || !('code' in error)) return false;
  return error.code === '23505' || error.code === '42P06';
}

/**
 * Opens a `Db` on PostgreSQL: Kysely's `PostgresDialect` on a pool of `maxConnections`, behind
 * the same transaction guard and query hook as SQLite's. Creates the schema when it is missing
 * (the role needs `CREATE` on the database, or a DBA creates it first). Not migrated:
 * `openDatabase` does that. `close()` ends the pool.
 */
export async function openPostgresDb<Schema>(options: PostgresDbOptions): Promise<Db<Schema>> {
  if (!schemaNamePattern.test(options.schema)) throw new InvalidSchemaNameError(options.schema);
  const scope = new TransactionScope();
  const hooks: DialectHooks = { beforeAcquire: () => scope.assertOutside() };
  if (options.beforeQuery) hooks.beforeQuery = options.beforeQuery;
  const kysely = new Kysely<Schema>({
    dialect: hookedDialect(new PostgresDialect({ pool: postgresPool(options) }), hooks),
  });
  const db: Db<Schema> = {
    dialect: 'postgres',
    kysely,
    sqlite: null,
    schemaName: options.schema,
    scope,
    close: () => kysely.destroy(),
  };
  try {
    await kysely.schema
      .createSchema(options.schema)
      .ifNotExists()
      .execute()
      .catch((error: unknown) => {
        if (!isAlreadyThere(error)) throw error;
      });
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}
