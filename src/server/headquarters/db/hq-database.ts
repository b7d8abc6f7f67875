import type { Db } from '../../platform/db/database.ts';
import { legacySteps, withPostgresHalves, type MigrationStep } from '../../platform/db/migrator.ts';
import { hqBaselinePostgres } from './migrations/0007-baseline.postgres.ts';
import { customerSearchPostgres } from './migrations/0008-customer-search.postgres.ts';
import { openDatabase } from '../../platform/db/open.ts';
import { hqMigrations } from './hq-db.ts';
import type { HqSchema } from './hq-schema.ts';

/**
 * The names of HQ's `user_version` migrations, in order (stored in `kysely_migration`: never
 * rename one). A migration appended to `hqMigrations` needs its name here.
 */
const legacyNames = [
  '0001-initial',
  '0002-b9-customer-fields',
  '0003-realtime-fingerprints',
  '0004-duplicates',
  '0005-retired-registers',
  '0006-admin-password',
  '0007-scale-out',
  '0008-customer-search',
] as const;

/**
 * Every HQ schema step, for Kysely's migrator; append only. PostgreSQL starts from a baseline at
 * 0007 (no PostgreSQL HQ is older); SQLite runs the legacy functions.
 */
export const hqMigrationSteps: readonly MigrationStep[] = withPostgresHalves(
  legacySteps(legacyNames, hqMigrations),
  {
    '0007-scale-out': hqBaselinePostgres,
    '0008-customer-search': customerSearchPostgres,
  },
);

/** Opens and migrates the HQ database as a `Db` (':memory:' in tests). */
export function openHqDatabase(sqliteFile: string): Promise<Db<HqSchema>> {
  return openDatabase<HqSchema>({ sqliteFile, migrations: hqMigrationSteps });
}
