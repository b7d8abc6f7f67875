import {
  CompiledQuery,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type QueryCompiler,
  type QueryResult,
  type TransactionSettings,
} from 'kysely';

/** Called by the driver: before taking a connection, and before each statement it sends. */
export interface DialectHooks {
  /** Before a connection is taken for a query or a transaction outside any transaction. */
  beforeAcquire?: () => void;
  /** Before each statement, `begin` and `commit` included; throwing fails that statement. */
  beforeQuery?: (query: CompiledQuery) => void;
}

/**
 * `dialect` with `hooks` around its driver: the transaction guard (`beforeAcquire`) and fault
 * injection in tests (`beforeQuery` throwing `{ code: '40001' }` on the Nth statement). The same
 * wrapper serves every dialect; the inner driver always gets its own connection objects.
 */
export function hookedDialect(dialect: Dialect, hooks: DialectHooks): Dialect {
  return {
    createAdapter: () => dialect.createAdapter(),
    createIntrospector: (db) => dialect.createIntrospector(db),
    createQueryCompiler: () => dialect.createQueryCompiler(),
    createDriver: () => new HookedDriver(dialect.createDriver(), hooks),
  };
}

class HookedConnection implements DatabaseConnection {
  constructor(
    readonly inner: DatabaseConnection,
    private readonly hooks: DialectHooks,
  ) {}

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    this.hooks.beforeQuery?.(query);
    return this.inner.executeQuery<R>(query);
  }

  streamQuery<R>(query: CompiledQuery, chunkSize?: number): AsyncIterableIterator<QueryResult<R>> {
    this.hooks.beforeQuery?.(query);
    return this.inner.streamQuery<R>(query, chunkSize);
  }
}

function unwrap(connection: DatabaseConnection): DatabaseConnection {
  return connection instanceof HookedConnection ? connection.inner : connection;
}

class HookedDriver implements Driver {
  constructor(
    private readonly inner: Driver,
    private readonly hooks: DialectHooks,
  ) {}

  init(): Promise<void> {
    return this.inner.init();
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    this.hooks.beforeAcquire?.();
    return new HookedConnection(await this.inner.acquireConnection(), this.hooks);
  }

  async beginTransaction(
    connection: DatabaseConnection,
    settings: TransactionSettings,
  ): Promise<void> {
    this.hooks.beforeQuery?.(CompiledQuery.raw('begin'));
    return this.inner.beginTransaction(unwrap(connection), settings);
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    this.hooks.beforeQuery?.(CompiledQuery.raw('commit'));
    return this.inner.commitTransaction(unwrap(connection));
  }

  rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    return this.inner.rollbackTransaction(unwrap(connection));
  }

  async savepoint(
    connection: DatabaseConnection,
    name: string,
    compile: QueryCompiler['compileQuery'],
  ): Promise<void> {
    await this.inner.savepoint?.(unwrap(connection), name, compile);
  }

  async rollbackToSavepoint(
    connection: DatabaseConnection,
    name: string,
    compile: QueryCompiler['compileQuery'],
  ): Promise<void> {
    await this.inner.rollbackToSavepoint?.(unwrap(connection), name, compile);
  }

  async releaseSavepoint(
    connection: DatabaseConnection,
    name: string,
    compile: QueryCompiler['compileQuery'],
  ): Promise<void> {
    await this.inner.releaseSavepoint?.(unwrap(connection), name, compile);
  }

  releaseConnection(connection: DatabaseConnection): Promise<void> {
    return this.inner.releaseConnection(unwrap(connection));
  }

  destroy(): Promise<void> {
    return this.inner.destroy();
  }
}
