import { Migrator, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import type { Db, DialectName } from './database.ts';
import { userVersion, type Migration as LegacyMigration, type Sqlite } from './sqlite.ts';

/**
 * One schema step of a service, named `NNNN-what` with NNNN its 1-based place in the list.
 * Each dialect runs its own half, or `both`; a dialect without one records the step as run
 * (PostgreSQL starts from a baseline at 0007). `up` only; the list is append-only.
 */
export interface MigrationStep {
  readonly name: string;
  /** SQLite's half; gets the raw handle too (0001–0007 are today's synchronous functions). */
  readonly sqlite?: (tx: Kysely<unknown>, sqlite: Sqlite) => Promise<void> | void;
  readonly postgres?: (tx: Kysely<unknown>) => Promise<void>;
  readonly both?: (tx: Kysely<unknown>) => Promise<void>;
}

/** The database was written by a newer version of this program (or by another program). */
export class DatabaseTooNewError extends Error {
  readonly code = 'database-too-new';
  constructor(
    readonly version: number,
    readonly known: number,
  ) {
    super(`The database is at schema version ${version}; this program knows up to ${known}.`);
  }
}

/** The `user_version`-numbered functions of before Kysely, as named steps (SQLite halves only). */
export function legacySteps(
  names: readonly string[],
  migrations: readonly LegacyMigration[],
): MigrationStep[] {
  if (names.length !== migrations.length) {
    throw new Error(
      `${migrations.length} legacy migrations but ${names.length} names: name each one`,
    );
  }
  return migrations.map((migrate, index) => ({
    name: names[index] ?? '',
    sqlite: (_tx, sqlite) => migrate(sqlite),
  }));
}

/** A step's PostgreSQL half. */
export type PostgresHalf = NonNullable<MigrationStep['postgres']>;

/**
 * `steps` with PostgreSQL halves attached by step name (PostgreSQL's baseline at 0007 and the
 * halves of later steps written for both). Throws for a name that is not one of `steps`.
 */
export function withPostgresHalves(
  steps: readonly MigrationStep[],
  halves: Readonly<Record<string, PostgresHalf>>,
): MigrationStep[] {
  const names = new Set(steps.map((step) => step.name));
  const unknown = Object.keys(halves).filter((name) => !names.has(name));
  if (unknown.length) throw new Error(`No migration step named ${unknown.join(', ')}`);
  return steps.map((step) => {
    const postgres = halves[step.name];
    return postgres ? { ...step, postgres } : step;
  });
}

/** Throws unless the names are unique, `NNNN-kebab` and numbered 1, 2, 3… in list order. */
function checkNames(steps: readonly MigrationStep[]): void {
  steps.forEach((step, index) => {
    const expected = String(index + 1).padStart(4, '0');
    if (!new RegExp(`^${expected}-[a-z0-9-]+$`).test(step.name)) {
      throw new Error(`Migration ${index + 1} is named '${step.name}'; expected '${expected}-…'`);
    }
  });
}

/**
 * Kysely's `MigrationProvider` for one service's steps on one dialect. On SQLite each step is
 * guarded by `user_version` and raises it: a file made before Kysely (no `kysely_migration`
 * table, `user_version` 7) gets 0001–0007 recorded as run without running them, a file at 3
 * runs 4–7, and `user_version` keeps counting so both ways of opening agree.
 */
export class ServiceMigrationProvider implements MigrationProvider {
  readonly #steps: readonly MigrationStep[];
  readonly #dialect: DialectName;
  readonly #sqlite: Sqlite | null;

  constructor(steps: readonly MigrationStep[], dialect: DialectName, sqlite: Sqlite | null) {
    checkNames(steps);
    this.#steps = steps;
    this.#dialect = dialect;
    this.#sqlite = sqlite;
  }

  getMigrations(): Promise<Record<string, Migration>> {
    const entries = this.#steps.map((step, index) => [step.name, this.#migration(step, index + 1)]);
    return Promise.resolve(Object.fromEntries(entries) as Record<string, Migration>);
  }

  #migration(step: MigrationStep, version: number): Migration {
    const sqlite = this.#sqlite;
    if (this.#dialect === 'postgres' || !sqlite) {
      const up = step.postgres ?? step.both;
      return { up: async (tx) => up?.(tx) };
    }
    const up = step.sqlite ?? step.both;
    return {
      up: async (tx) => {
        if (userVersion(sqlite) >= version) return;
        await up?.(tx, sqlite);
        sqlite.pragma(`user_version = ${version}`);
      },
    };
  }
}

/**
 * Brings `db` up to the last of `steps` in one transaction (Kysely's migration lock keeps two
 * processes from doing it together). Refuses a SQLite file whose `user_version` is beyond the
 * list, and (Kysely) a database that ran a step this list does not have.
 */
export async function migrateToLatest<Schema>(
  db: Db<Schema>,
  steps: readonly MigrationStep[],
): Promise<void> {
  if (db.sqlite && userVersion(db.sqlite) > steps.length) {
    throw new DatabaseTooNewError(userVersion(db.sqlite), steps.length);
  }
  const provider = new ServiceMigrationProvider(steps, db.dialect, db.sqlite);
  // On PostgreSQL Kysely's tables live in the service's schema: without naming it, the migrator
  // would take another schema's `kysely_migration` (on the same server) for its own.
  const tableSchema = db.schemaName === null ? {} : { migrationTableSchema: db.schemaName };
  const { error } = await new Migrator({
    db: db.kysely,
    provider,
    ...tableSchema,
  }).migrateToLatest();
  if (error !== undefined)
    throw error instanceof Error ? error : new Error('Migration failed', { cause: error });
}
