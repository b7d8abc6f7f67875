import Database from 'better-sqlite3';
import { cpSync, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';

/** The two databases a data directory holds, by file name. */
export const databaseFiles = ['hq.sqlite', 'channel.sqlite'] as const;

/**
 * A backup folder's name: the UTC time to the millisecond (two backups in one second keep
 * both), without characters some file systems refuse.
 */
export function backupFolderName(now: Date): string {
  return now.toISOString().replace(/:/g, '-');
}

/**
 * Copies one SQLite database with SQLite's online backup API (better-sqlite3 `backup`): a
 * consistent snapshot of what was committed, taken while the server keeps reading and writing.
 */
export async function backupDatabase(source: string, destination: string): Promise<void> {
  const db = new Database(source, { fileMustExist: true });
  try {
    await db.backup(destination);
  } finally {
    db.close();
  }
}

/**
 * `npm run backup`: copies both databases of `dataDir` into `dataDir/backups/<UTC time>/`
 * (hq.sqlite, channel.sqlite), and its `tls/` folder (the store CA every tablet trusts, keys
 * kept owner-only), and returns that folder. Restore: stop the server, copy them back into the
 * data directory, start it (README, "Backing up and restoring").
 */
export async function backupDataDir(dataDir: string, now: Date): Promise<string> {
  const folder = path.join(dataDir, 'backups', backupFolderName(now));
  mkdirSync(folder, { recursive: true });
  for (const file of databaseFiles) {
    await backupDatabase(path.join(dataDir, file), path.join(folder, file));
  }
  const tls = path.join(dataDir, 'tls');
  if (existsSync(tls)) cpSync(tls, path.join(folder, 'tls'), { recursive: true });
  return folder;
}
