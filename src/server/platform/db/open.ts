import { sqliteDb, type Db, type SqliteDbOptions } from './database.ts';
import { migrateToLatest, type MigrationStep } from './migrator.ts';
import { connectSqlite } from './sqlite.ts';

/** Where a service keeps its data, and the schema steps it needs. */
export interface OpenDatabaseOptions extends SqliteDbOptions {
  /** A file path, or ':memory:' in tests. */
  sqliteFile: string;
  migrations: readonly MigrationStep[];
}

/**
 * Opens a service's database and migrates it to the latest step before anyone uses it. SQLite
 * only for now: PostgreSQL (`DATABASE_URL`) joins here in work package H1.
 */
export async function openDatabase<Schema>(options: OpenDatabaseOptions): Promise<Db<Schema>> {
  const { sqliteFile, migrations, ...dbOptions } = options;
  const db = sqliteDb<Schema>(connectSqlite(sqliteFile), dbOptions);
  try {
    await migrateToLatest(db, migrations);
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}
