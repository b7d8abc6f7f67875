import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { apiPaths } from '../../../contract/api-paths.ts';
import { customerResponseSchema } from '../../../contract/realtime.ts';
import { feedResponseSchema } from '../../../contract/register.ts';
import { intakeAsyncRecords } from '../../testing/channel-access.ts';
import { readCustomerFeed } from '../../testing/channel-access.ts';
import {
  activate,
  asyncRecord,
  auth,
  testServer,
  type TestServer,
  jobContext,
} from '../../testing/test-support.ts';
import { listOperations } from '../async-operations.ts';
import { editCustomer, findCustomer, findCustomerByAsyncGuid } from '../customers.ts';
import { runDistribution1010Job } from './distribution-1010-job.ts';
import { runPJob } from './p-job.ts';
import { runSyncCustomersJob } from './sync-customers-job.ts';

let server: TestServer;
afterEach(async () => {
  await server.app.close();
});

const device = { storeId: 'S002', registerId: 'S002-R1' };
const now = '2025-01-01T09:00:00.000Z';

const ctx = () => jobContext(server);

function hqOperationCount(): number {
  return (server.hqDb.prepare('SELECT COUNT(*) AS n FROM async_customers').get() as { n: number })
    .n;
}

describe('P-job', () => {
  it('moves new records to HQ as pending, incrementally, and never uploads one twice', async () => {
    server = await testServer();
    const first = [asyncRecord(), asyncRecord()];
    intakeAsyncRecords(server.channelDb, device, first, now);
    expect(await runPJob(ctx())).toEqual({ read: 2, done: 2, failed: 0, errors: [] });
    expect(await runPJob(ctx())).toEqual({ read: 0, done: 0, failed: 0, errors: [] });
    intakeAsyncRecords(server.channelDb, device, [asyncRecord()], now);
    expect((await runPJob(ctx())).read).toBe(1);
    expect(hqOperationCount()).toBe(3);
    const ops = listOperations(server.hqDb, {});
    expect(ops.every((op) => op.status === 'pending' && op.storeId === 'S002')).toBe(true);
    expect(ops[0]?.name).toBe('Aiko Mori');
  });

  it('is harmless when a crash left the watermark behind the records already at HQ', async () => {
    server = await testServer();
    intakeAsyncRecords(server.channelDb, device, [asyncRecord(), asyncRecord()], now);
    await runPJob(ctx());
    server.hqDb
      .prepare("UPDATE watermarks SET value = 0 WHERE name = 'p-job.replication-counter@local'")
      .run();
    const again = await runPJob(ctx());
    expect(again).toMatchObject({ read: 2, done: 0 });
    expect(hqOperationCount()).toBe(2);
  });

  it('uploads batches larger than its page size', async () => {
    server = await testServer({ customers: 0 });
    const records = Array.from({ length: 1201 }, () => asyncRecord());
    for (let i = 0; i < records.length; i += 500) {
      intakeAsyncRecords(server.channelDb, device, records.slice(i, i + 500), now);
    }
    expect((await runPJob(ctx())).done).toBe(1201);
    expect(hqOperationCount()).toBe(1201);
  });
});

describe('Synchronize customers and channel requests', () => {
  it('converts pending customers with account numbers and the store default customer values', async () => {
    server = await testServer({ customers: 5 });
    const record = asyncRecord({
      addresses: [
        {
          purpose: 'home',
          street: '1-1 Umeda',
          city: 'Osaka',
          state: '27',
          zip: '530-0001',
          country: 'JPN',
          primary: true,
        },
      ],
    });
    intakeAsyncRecords(server.channelDb, device, [record], now);
    await runPJob(ctx());
    expect(await runSyncCustomersJob(ctx())).toEqual({ read: 1, done: 1, failed: 0, errors: [] });
    const [op] = listOperations(server.hqDb, {});
    expect(op).toMatchObject({ status: 'completed', accountNumber: 'C000008', lastError: null });
    const customer = findCustomer(server.hqDb, 'C000008');
    expect(customer).toMatchObject({
      firstName: 'Aiko',
      asyncGuid: record.guid,
      storeId: 'S002',
      customerGroup: 'Retail',
      currency: 'JPY',
      version: 1,
    });
    expect(customer?.addresses).toHaveLength(1);
    expect((await runSyncCustomersJob(ctx())).read).toBe(0);
  });

  it('fails a record with an unknown country/region with a readable error and goes on', async () => {
    server = await testServer({ customers: 0 });
    const bad = asyncRecord({
      addresses: [
        {
          purpose: 'home',
          street: 'Main St 1',
          city: 'Nowhere',
          state: '',
          zip: '',
          country: 'XYZ',
          primary: true,
        },
      ],
    });
    const good = [asyncRecord(), asyncRecord()];
    intakeAsyncRecords(
      server.channelDb,
      device,
      [good[0], bad, good[1]].filter((r) => r !== undefined),
      now,
    );
    await runPJob(ctx());
    const result = await runSyncCustomersJob(ctx());
    expect(result).toMatchObject({ read: 3, done: 2, failed: 1 });
    expect(result.errors).toEqual([
      {
        code: 'unknown-country',
        values: { code: 'XYZ' },
        field: 'customer.addresses.0.country',
        record: bad.guid,
      },
    ]);
    const failed = listOperations(server.hqDb, { status: 'failed' });
    expect(failed).toEqual([
      expect.objectContaining({
        guid: bad.guid,
        lastError: {
          code: 'unknown-country',
          values: { code: 'XYZ' },
          field: 'customer.addresses.0.country',
        },
        accountNumber: null,
      }),
    ]);
    expect(findCustomerByAsyncGuid(server.hqDb, bad.guid)).toBeNull();
    expect(listOperations(server.hqDb, { status: 'completed' })).toHaveLength(2);
  });

  it('completes with the customer a real-time call already made with the same GUID', async () => {
    server = await testServer({ customers: 0 });
    const token = await activate(server, 'S002', 'S002-R1');
    const record = asyncRecord();
    const created = await server.app.inject({
      method: 'POST',
      url: apiPaths.realtimeCustomers,
      headers: auth(token),
      payload: { guid: record.guid, customer: record.customer },
    });
    expect(created.statusCode).toBe(201);
    const { customer } = customerResponseSchema.parse(created.json());
    intakeAsyncRecords(server.channelDb, device, [record], now);
    await runPJob(ctx());
    expect(await runSyncCustomersJob(ctx())).toMatchObject({ done: 1, failed: 0 });
    expect(listOperations(server.hqDb, {})[0]?.accountNumber).toBe(customer.accountNumber);
    const count = server.hqDb
      .prepare('SELECT COUNT(*) AS n FROM customers WHERE async_guid = ?')
      .get(record.guid) as { n: number };
    expect(count.n).toBe(1);
  });

  // Its speed is measured by the bench (item 5, beside raw inserts), not asserted here.
  it('converts thousands of records in one run', async () => {
    server = await testServer({ customers: 0 });
    const records = Array.from({ length: 3000 }, () => asyncRecord());
    for (let i = 0; i < records.length; i += 500) {
      intakeAsyncRecords(server.channelDb, device, records.slice(i, i + 500), now);
    }
    await runPJob(ctx());
    expect((await runSyncCustomersJob(ctx())).done).toBe(3000);
  });
});

describe('1010 (Customers distribution)', () => {
  it('feeds every changed customer once, with a new feed counter on each change', async () => {
    server = await testServer({ customers: 3 });
    expect(await runDistribution1010Job(ctx())).toMatchObject({ read: 5, done: 5 });
    expect(await runDistribution1010Job(ctx())).toMatchObject({ read: 0 });
    const page = readCustomerFeed(server.channelDb, 0, 100);
    expect(page.customers.map((c) => c.accountNumber)).toEqual([
      'C000001',
      'C000002',
      'C000003',
      'C000004',
      'C000005',
    ]);
    const current = findCustomer(server.hqDb, 'C000003');
    if (!current) throw new Error('C000003 missing');
    editCustomer(server.hqDb, current, { ...current, firstName: 'Changed' }, now);
    expect(await runDistribution1010Job(ctx())).toMatchObject({ read: 1, done: 1 });
    const next = readCustomerFeed(server.channelDb, page.cursor, 100);
    expect(next.customers).toEqual([
      expect.objectContaining({ accountNumber: 'C000003', firstName: 'Changed', version: 2 }),
    ]);
    expect(readCustomerFeed(server.channelDb, 0, 100).customers).toHaveLength(5);
  });

  it('sends an async customer GUID → account mapping to the channel feed', async () => {
    server = await testServer({ customers: 0 });
    const record = asyncRecord();
    intakeAsyncRecords(server.channelDb, device, [record], now);
    await runPJob(ctx());
    await runSyncCustomersJob(ctx());
    const before = readCustomerFeed(server.channelDb, 0, 100).cursor;
    expect(await runDistribution1010Job(ctx())).toMatchObject({ done: 3 });
    const page = readCustomerFeed(server.channelDb, before, 100);
    expect(page.customers.find((c) => c.asyncGuid === record.guid)?.accountNumber).toBe('C000003');
  });
});

describe('the whole chain', () => {
  it('upload → P-job → sync → 1010 → feed shows the account number with the GUID', async () => {
    server = await testServer({ customers: 2 });
    const token = await activate(server, 'S001', 'S001-R1');
    await server.jobs.run('distribution-1010', 'manual');
    const start = feedResponseSchema.parse(
      (
        await server.app.inject({
          url: `${apiPaths.feed}?since=0&limit=2000`,
          headers: auth(token),
        })
      ).json(),
    );
    expect(start.customers).toHaveLength(4);
    const guid = randomUUID();
    const up = await server.app.inject({
      method: 'POST',
      url: apiPaths.upload,
      headers: auth(token),
      payload: { records: [asyncRecord({ firstName: 'Chain' }, guid)] },
    });
    expect(up.json()).toEqual({ results: [{ guid, outcome: 'accepted' }] });
    for (const job of ['p-job', 'sync-customers', 'distribution-1010'] as const) {
      const res = await server.app.inject({
        method: 'POST',
        url: apiPaths.hqJobRun(job),
        headers: server.admin,
        payload: {},
      });
      expect(res.statusCode, job).toBe(200);
      expect(res.json()).toMatchObject({
        run: { jobId: job, trigger: 'manual', done: 1, failed: 0 },
      });
    }
    const feed = feedResponseSchema.parse(
      (
        await server.app.inject({
          url: `${apiPaths.feed}?since=${start.cursor}`,
          headers: auth(token),
        })
      ).json(),
    );
    expect(feed.customers).toEqual([
      expect.objectContaining({
        accountNumber: 'C000005',
        asyncGuid: guid,
        firstName: 'Chain',
        storeId: 'S001',
      }),
    ]);
    expect(feed.hasMore).toBe(false);
    const search = await server.app.inject({
      url: `${apiPaths.realtimeSearch}?q=chain`,
      headers: auth(token),
    });
    expect(search.json()).toMatchObject({ customers: [{ accountNumber: 'C000005' }] });
  });
});
