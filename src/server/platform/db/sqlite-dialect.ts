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
import { statement, type Sqlite } from './sqlite.ts';

/**
 * Kysely's SQLite dialect on a better-sqlite3 connection we opened (and close ourselves), with
 * each SQL text prepared once and reused through the legacy code's own cache (`statement()`).
 * Kysely's own driver calls `prepare()` on every query. Compiler, adapter and introspector are
 * Kysely's.
 */
export class CachingSqliteDialect extends SqliteDialect {
  readonly #database: Sqlite;

  constructor(config: { database: Sqlite }) {
    super({ database: config.database });
    this.#database = config.database;
  }

  /** SQLite does run DDL in transactions: so Kysely's migrator runs every pending step in one. */
  override createAdapter(): DialectAdapter {
    return new TransactionalSqliteAdapter();
  }

  override createDriver(): Driver {
    return new CachingSqliteDriver(this.#database);
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

  constructor(database: Sqlite) {
    this.#connection = new CachingSqliteConnection(database);
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

  /** The connection is the `Db`'s to close. */
  destroy(): Promise<void> {
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

  constructor(database: Sqlite) {
    this.#database = database;
  }

  executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    const prepared = statement(this.#database, query.sql);
    if (prepared.reader) {
      // Whole rows: the legacy code may have left a statement of the same text plucking.
      return Promise.resolve({ rows: prepared.pluck(false).all(query.parameters) as R[] });
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
