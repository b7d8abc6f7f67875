import { openChannelDb, type ChannelDb } from '../scale-unit/db/channel-db.ts';
import { openHqDb, type HqDb } from '../headquarters/db/hq-db.ts';

/** The HQ and channel databases a test server runs on. */
export interface TestDatabases {
  hqDb: HqDb;
  channelDb: ChannelDb;
}

/**
 * Opens, migrated, the databases a test server uses: SQLite `:memory:`, or the files given
 * (restart and backup tests). Async because PostgreSQL opens asynchronously: its fresh per-test
 * schemas come with work package H2 (docs/design/postgres.md §7.1); no setting is read yet.
 */
export async function testDatabases(
  files: { hqFile?: string; channelFile?: string } = {},
): Promise<TestDatabases> {
  return Promise.resolve({
    hqDb: openHqDb(files.hqFile ?? ':memory:'),
    channelDb: openChannelDb(files.channelFile ?? ':memory:'),
  });
}
