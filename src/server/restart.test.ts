import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { apiPaths } from '../contract/api-paths.ts';
import { registerHealthResponseSchema } from '../contract/health.ts';
import { hqStoresResponseSchema } from '../contract/hq-admin.ts';
import { feedResponseSchema } from '../contract/register.ts';
import { demoDefaults } from './headquarters/demo-data.ts';
import {
  activate,
  heartbeat,
  queueHealth,
  adminHeaders,
  asyncRecord,
  auth,
  testAdminCredential,
  testServer,
} from './testing/test-support.ts';
import { systemClock } from './platform/clock.ts';
import { listOperations } from './headquarters/async-operations.ts';
import { readWatermark } from './headquarters/watermarks.ts';
import { countAsyncRecords } from './scale-unit/async-records.ts';
import { createApp } from './app.ts';
import { openHqDb } from './headquarters/db/hq-db.ts';
import { openChannelDb } from './scale-unit/db/channel-db.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'pos-server-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('restart', () => {
  it('keeps customers, async records, operations, watermarks, device tokens and register health', async () => {
    const hqFile = path.join(dir, 'hq.sqlite');
    const channelFile = path.join(dir, 'channel.sqlite');
    const first = await testServer({ customers: 3, hqFile, channelFile });
    const token = await activate(first);
    const records = [asyncRecord(), asyncRecord()];
    await first.app.inject({
      method: 'POST',
      url: apiPaths.upload,
      headers: auth(token),
      payload: { records },
    });
    const queue = queueHealth({ waiting: 2, oldestWaitingAt: '2025-01-01T08:59:00.000Z' });
    expect((await heartbeat(first.app, token, queue)).statusCode).toBe(200);
    await first.jobs.run('p-job', 'manual');
    await first.jobs.run('sync-customers', 'manual');
    await first.jobs.run('distribution-1010', 'manual');
    await first.app.close();
    first.hqDb.close();
    first.channelDb.close();

    const hqDb = openHqDb(hqFile);
    const channelDb = openChannelDb(channelFile);
    const app = createApp({
      hqDb,
      channelDb,
      testControls: false,
      adminCredential: testAdminCredential(),
    });
    const admin = adminHeaders(hqDb, systemClock);
    try {
      expect(countAsyncRecords(channelDb)).toBe(2);
      expect(listOperations(hqDb, {}).map((o) => o.status)).toEqual(['completed', 'completed']);
      expect(readWatermark(hqDb, 'p-job.replication-counter@local')).toBe(2);
      expect(readWatermark(hqDb, 'distribution-1010.row-version@local')).toBe(7);
      const feed = await app.inject({ url: `${apiPaths.feed}?since=0`, headers: auth(token) });
      expect(feed.statusCode).toBe(200);
      const customers = feedResponseSchema.parse(feed.json()).customers;
      expect(customers).toHaveLength(7);
      expect(customers.filter((c) => c.asyncGuid).map((c) => c.accountNumber)).toEqual([
        'C000006',
        'C000007',
      ]);
      const again = await app.inject({
        method: 'POST',
        url: apiPaths.upload,
        headers: auth(token),
        payload: { records },
      });
      expect(again.json()).toMatchObject({
        results: [{ outcome: 'duplicate' }, { outcome: 'duplicate' }],
      });
      const p = await app.inject({
        method: 'POST',
        url: apiPaths.hqJobRun('p-job'),
        headers: admin,
        payload: {},
      });
      expect(p.json()).toMatchObject({ run: { read: 0, done: 0 } });
      const runs = await app.inject({ url: apiPaths.hqJobRuns('p-job'), headers: admin });
      expect(runs.json<{ runs: unknown[] }>().runs).toHaveLength(2);
      const health = await app.inject({ url: apiPaths.hqRegisterHealth, headers: admin });
      expect(registerHealthResponseSchema.parse(health.json()).registers[0]).toMatchObject({
        registerId: 'S001-R1',
        activated: true,
        queue,
      });
    } finally {
      await app.close();
      hqDb.close();
      channelDb.close();
    }
  });
});

describe('restart with stores the retailer set up', () => {
  it('keeps an added store, its registers and a retired register', async () => {
    const hqFile = path.join(dir, 'hq-stores.sqlite');
    const channelFile = path.join(dir, 'channel-stores.sqlite');
    const first = await testServer({ customers: 0, hqFile, channelFile });
    const added = await first.app.inject({
      method: 'POST',
      url: apiPaths.hqStores,
      headers: first.admin,
      payload: {
        id: 'S003',
        name: 'Kyoto Store',
        asyncCustomerMode: true,
        defaultCustomerName: 'Kyoto Walk-in',
        defaults: demoDefaults,
      },
    });
    expect(added.statusCode).toBe(201);
    for (const number of ['1', '2']) {
      const res = await first.app.inject({
        method: 'POST',
        url: apiPaths.hqStoreRegisters('S003'),
        headers: first.admin,
        payload: { number },
      });
      expect(res.statusCode).toBe(201);
    }
    const token = await activate(first, 'S003', 'S003-R2');
    const retired = await first.app.inject({
      method: 'POST',
      url: apiPaths.hqRegisterRetire('S003-R2'),
      headers: first.admin,
    });
    expect(retired.statusCode).toBe(200);
    await first.app.close();
    first.hqDb.close();
    first.channelDb.close();

    const hqDb = openHqDb(hqFile);
    const channelDb = openChannelDb(channelFile);
    const app = createApp({
      hqDb,
      channelDb,
      testControls: false,
      adminCredential: testAdminCredential(),
    });
    try {
      const res = await app.inject({
        url: apiPaths.hqStores,
        headers: adminHeaders(hqDb, systemClock),
      });
      const kyoto = hqStoresResponseSchema.parse(res.json()).stores.find((s) => s.id === 'S003');
      expect(kyoto).toMatchObject({
        name: 'Kyoto Store',
        asyncCustomerMode: true,
        registers: [
          { id: 'S003-R1', retiredAt: null },
          { id: 'S003-R2', activated: false, retiredAt: '2025-01-01T09:00:00.000Z' },
        ],
      });
      expect((await heartbeat(app, token)).statusCode).toBe(401);
    } finally {
      await app.close();
      hqDb.close();
      channelDb.close();
    }
  });
});
