import Database from 'better-sqlite3';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { backupDataDir, backupDatabase, backupFolderName } from './backup.ts';
import { openChannelDb } from './scale-unit/db/channel-db.ts';
import { openHqDb } from './headquarters/db/hq-db.ts';
import { countCustomers } from './headquarters/customers.ts';
import { seedDemoData } from './headquarters/demo-data.ts';
import { manualClock } from './testing/test-support.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'pos-backup-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('online backup', () => {
  it('copies what was committed while another connection holds a write transaction', async () => {
    const file = path.join(dir, 'live.sqlite');
    const writer = new Database(file);
    writer.pragma('journal_mode = WAL');
    writer.exec('CREATE TABLE t (n INTEGER)');
    writer.prepare('INSERT INTO t (n) VALUES (?)').run(1);
    writer.exec('BEGIN IMMEDIATE');
    writer.prepare('INSERT INTO t (n) VALUES (?)').run(2);

    const copy = path.join(dir, 'copy.sqlite');
    await backupDatabase(file, copy);
    writer.exec('COMMIT');
    writer.close();

    const restored = new Database(copy, { readonly: true });
    expect(restored.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(restored.prepare('SELECT n FROM t').all()).toEqual([{ n: 1 }]);
    restored.close();
  });

  it('writes both databases and the store CA of a data directory to backups/<UTC time>/, ready to open', async () => {
    const dataDir = path.join(dir, 'data');
    mkdirSync(path.join(dataDir, 'tls'), { recursive: true });
    writeFileSync(path.join(dataDir, 'tls', 'store-ca.key'), 'key', { mode: 0o600 });
    const hq = openHqDb(path.join(dataDir, 'hq.sqlite'));
    seedDemoData(hq, { customers: 4, clock: manualClock() });
    const channel = openChannelDb(path.join(dataDir, 'channel.sqlite'));
    const folder = await backupDataDir(dataDir, new Date('2026-12-07T08:42:14.123Z'));
    hq.close();
    channel.close();

    expect(folder).toBe(path.join(dataDir, 'backups', '2026-12-07T08-42-14.123Z'));
    const copy = openHqDb(path.join(folder, 'hq.sqlite'));
    expect(countCustomers(copy)).toBe(6);
    copy.close();
    expect(existsSync(path.join(folder, 'channel.sqlite'))).toBe(true);
    expect(statSync(path.join(folder, 'tls', 'store-ca.key')).mode & 0o777).toBe(0o600);
  });

  it('names folders by UTC time to the millisecond, without colons', () => {
    expect(backupFolderName(new Date('2025-01-02T03:04:05.678Z'))).toBe('2025-01-02T03-04-05.678Z');
  });
});
