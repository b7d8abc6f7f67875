import Database from 'better-sqlite3';

/** A better-sqlite3 connection. */
export type Sqlite = Database.Database;

/** One schema step; index + 1 is the `user_version` it leaves behind. */
export type Migration = (db: Sqlite) => void;

/**
 * Opens a SQLite database (a file path or ':memory:') in WAL mode with foreign keys on, and
 * brings its schema up to date by running the migrations it has not run yet.
 */
export function openSqlite(filename: string, migrations: readonly Migration[]): Sqlite {
  const db = connectSqlite(filename);
  migrate(db, migrations);
  return db;
}

/** Opens a SQLite database (a file path or ':memory:') with our pragmas and no migration. */
export function connectSqlite(filename: string): Sqlite {
  const db = new Database(filename);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  return db;
}

/** Runs each pending migration in its own transaction, recording progress in `user_version`. */
export function migrate(db: Sqlite, migrations: readonly Migration[]): void {
  const current = userVersion(db);
  migrations.forEach((step, index) => {
    const version = index + 1;
    if (version <= current) return;
    db.transaction(() => {
      step(db);
      db.pragma(`user_version = ${version}`);
    })();
  });
}

/** `PRAGMA user_version`: the schema version of a SQLite file (0 when new). */
export function userVersion(db: Sqlite): number {
  return db.pragma('user_version', { simple: true }) as number;
}

const statementCache = new WeakMap<Sqlite, Map<string, Database.Statement>>();

/** How many distinct SQL texts keep a prepared statement per connection (the oldest goes first). */
const statementsKept = 1000;

/**
 * A prepared statement for `sql`, prepared once per connection and reused: by the legacy code
 * and by Kysely's queries (`CachingSqliteDialect`) alike.
 */
export function statement(db: Sqlite, sql: string): Database.Statement {
  let cache = statementCache.get(db);
  if (!cache) {
    cache = new Map();
    statementCache.set(db, cache);
  }
  let prepared = cache.get(sql);
  if (!prepared) {
    prepared = db.prepare(sql);
    if (cache.size >= statementsKept) {
      const oldest = cache.keys().next();
      if (!oldest.done) cache.delete(oldest.value);
    }
    cache.set(sql, prepared);
  }
  return prepared;
}
