import type { Db } from '../../platform/db/database.ts';
import { legacySteps, type MigrationStep } from '../../platform/db/migrator.ts';
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

/** Every channel schema step, for Kysely's migrator; append only. */
export const channelMigrationSteps: readonly MigrationStep[] = [
  ...legacySteps(legacyNames, channelMigrations),
];

/** Opens and migrates the channel database as a `Db` (':memory:' in tests). */
export function openChannelDatabase(sqliteFile: string): Promise<Db<ChannelSchema>> {
  return openDatabase<ChannelSchema>({ sqliteFile, migrations: channelMigrationSteps });
}
