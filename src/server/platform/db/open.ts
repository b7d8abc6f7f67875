import { sqliteDb, type Db, type SqliteDbOptions } from './database.ts';
import { migrateToLatest, type MigrationStep } from './migrator.ts';
import { openPostgresDb, type PostgresLocation } from './postgres.ts';
import { connectSqlite } from './sqlite.ts';

/**
 * Where a service keeps its data, and the schema steps it needs: a SQLite file (a path, or
 * ':memory:' in tests) or a schema on a PostgreSQL server.
 */
export type OpenDatabaseOptions = SqliteDbOptions & {
  migrations: readonly MigrationStep[];
} & ({ sqliteFile: string } | { postgres: PostgresLocation });

/**
 * Opens a service's database and migrates it to the latest step before anyone uses it. The
 * services open SQLite only for now: `DATABASE_URL` is wired to `postgres` in a later package.
 */
export async function openDatabase<Schema>(options: OpenDatabaseOptions): Promise<Db<Schema>> {
  const dbOptions: SqliteDbOptions = options.beforeQuery
    ? { beforeQuery: options.beforeQuery }
    : {};
  const db =
    'postgres' in options
      ? await openPostgresDb<Schema>({ ...options.postgres, ...dbOptions })
      : sqliteDb<Schema>(connectSqlite(options.sqliteFile), dbOptions);
  try {
    await migrateToLatest(db, options.migrations);
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}
