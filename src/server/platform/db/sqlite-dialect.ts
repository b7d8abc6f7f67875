import type Database from 'better-sqlite3';
import {
  CompiledQuery,
  createQueryId,
  IdentifierNode,
  RawNode,
  SelectQueryNode,
  SqliteAdapter,
  SqliteDialect,
  type DialectAdapter,
  type DatabaseConnection,
  type Driver,
  type QueryCompiler,
  type QueryResult,
} from 'kysely';
import type { Sqlite } from './sqlite.ts';

/** How many distinct SQL texts keep a prepared statement (the oldest is dropped beyond). */
const defaultCacheSize = 1000;

/**
 * Kysely's SQLite dialect on a better-sqlite3 connection we opened (and close ourselves), with
 * each SQL text prepared once and reused, as `statement()` does for the legacy code. Kysely's
 * own driver calls `prepare()` on every query. Compiler, adapter and introspector are Kysely's.
 */
export class CachingSqliteDialect extends SqliteDialect {
  readonly #database: Sqlite;
  readonly #cacheSize: number;

  constructor(config: { database: Sqlite; cacheSize?: number }) {
    super({ database: config.database });
    this.#database = config.database;
    this.#cacheSize = config.cacheSize ?? defaultCacheSize;
  }

  /** SQLite does run DDL in transactions: so Kysely's migrator runs every pending step in one. */
  override createAdapter(): DialectAdapter {
    return new TransactionalSqliteAdapter();
  }

  override createDriver(): Driver {
    return new CachingSqliteDriver(this.#database, this.#cacheSize);
  }
}

class TransactionalSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

/**
 * One connection behind a mutex, like Kysely's SQLite driver. A transaction holds the mutex from
 * `begin` to `commit`; every query resolves at once (better-sqlite3 is synchronous), so a
 * transaction that awaits nothing else runs within one macrotask.
 */
class CachingSqliteDriver implements Driver {
  readonly #connection: CachingSqliteConnection;
  readonly #mutex = new ConnectionMutex();

  constructor(database: Sqlite, cacheSize: number) {
    this.#connection = new CachingSqliteConnection(database, cacheSize);
  }

  init(): Promise<void> {
    return Promise.resolve();
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    await this.#mutex.lock();
    return this.#connection;
  }

  async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin'));
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('commit'));
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('rollback'));
  }

  async savepoint(
    connection: DatabaseConnection,
    name: string,
    compile: QueryCompiler['compileQuery'],
  ): Promise<void> {
    await connection.executeQuery(savepointCommand('savepoint', name, compile));
  }

  async rollbackToSavepoint(
    connection: DatabaseConnection,
    name: string,
    compile: QueryCompiler['compileQuery'],
  ): Promise<void> {
    await connection.executeQuery(savepointCommand('rollback to', name, compile));
  }

  async releaseSavepoint(
    connection: DatabaseConnection,
    name: string,
    compile: QueryCompiler['compileQuery'],
  ): Promise<void> {
    await connection.executeQuery(savepointCommand('release', name, compile));
  }

  releaseConnection(): Promise<void> {
    this.#mutex.unlock();
    return Promise.resolve();
  }

  /** The connection is the `Db`'s to close; only the statements are dropped here. */
  destroy(): Promise<void> {
    this.#connection.clear();
    return Promise.resolve();
  }
}

/** A savepoint command with its name quoted by Kysely's compiler (as Kysely's driver does). */
function savepointCommand(
  command: string,
  name: string,
  compile: QueryCompiler['compileQuery'],
): CompiledQuery {
  const node = RawNode.createWithChildren([
    RawNode.createWithSql(`${command} `),
    IdentifierNode.create(name),
  ]);
  return compile(node, createQueryId());
}

class CachingSqliteConnection implements DatabaseConnection {
  readonly #database: Sqlite;
  readonly #cacheSize: number;
  readonly #statements = new Map<string, Database.Statement>();

  constructor(database: Sqlite, cacheSize: number) {
    this.#database = database;
    this.#cacheSize = cacheSize;
  }

  executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    const prepared = this.#statement(query.sql);
    if (prepared.reader) {
      return Promise.resolve({ rows: prepared.all(query.parameters) as R[] });
    }
    const { changes, lastInsertRowid } = prepared.run(query.parameters);
    return Promise.resolve({
      numAffectedRows: BigInt(changes),
      insertId: BigInt(lastInsertRowid),
      rows: [],
    });
  }

  /** A fresh statement: a cached one cannot be reused while it iterates. */
  async *streamQuery<R>(query: CompiledQuery): AsyncIterableIterator<QueryResult<R>> {
    if (!SelectQueryNode.is(query.query)) {
      throw new Error('SQLite streams only select queries');
    }
    const rows = this.#database.prepare(query.sql).iterate(query.parameters);
    for (let next = rows.next(); !next.done; next = rows.next()) {
      yield await Promise.resolve({ rows: [next.value as R] });
    }
  }

  clear(): void {
    this.#statements.clear();
  }

  #statement(sql: string): Database.Statement {
    let prepared = this.#statements.get(sql);
    if (!prepared) {
      prepared = this.#database.prepare(sql);
      if (this.#statements.size >= this.#cacheSize) {
        const oldest = this.#statements.keys().next();
        if (!oldest.done) this.#statements.delete(oldest.value);
      }
      this.#statements.set(sql, prepared);
    }
    return prepared;
  }
}

/** Kysely's mutex: one holder at a time, the others wait for its release. */
class ConnectionMutex {
  #held: Promise<void> | undefined;
  #release: (() => void) | undefined;

  async lock(): Promise<void> {
    while (this.#held) await this.#held;
    this.#held = new Promise((resolve) => {
      this.#release = resolve;
    });
  }

  unlock(): void {
    const release = this.#release;
    this.#held = undefined;
    this.#release = undefined;
    release?.();
  }
}
