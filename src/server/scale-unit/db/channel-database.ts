import type { Db } from '../../platform/db/database.ts';
import { legacySteps, withPostgresHalves, type MigrationStep } from '../../platform/db/migrator.ts';
import { channelBaselinePostgres } from './migrations/0007-baseline.postgres.ts';
import { openDatabase } from '../../platform/db/open.ts';
import { channelMigrations } from './channel-db.ts';
import type { ChannelSchema } from './channel-schema.ts';

/**
 * The names of the channel database's `user_version` migrations, in order (stored in
 * `kysely_migration`: never rename one). A migration appended to `channelMigrations` needs its
 * name here.
 */
const legacyNames = [
  '0001-initial',
  '0002-b9-customer-fields',
  '0003-register-health',
  '0004-merged-into',
  '0005-activation-codes',
  '0006-origin-register',
  '0007-channel-config',
] as const;

/**
 * Every channel schema step, for Kysely's migrator; append only. PostgreSQL starts from a
 * baseline at 0007 (no PostgreSQL scale unit is older); SQLite runs the legacy functions.
 */
export const channelMigrationSteps: readonly MigrationStep[] = withPostgresHalves(
  legacySteps(legacyNames, channelMigrations),
  { '0007-channel-config': channelBaselinePostgres },
);

/** Opens and migrates the channel database as a `Db` (':memory:' in tests). */
export function openChannelDatabase(sqliteFile: string): Promise<Db<ChannelSchema>> {
  return openDatabase<ChannelSchema>({ sqliteFile, migrations: channelMigrationSteps });
}
