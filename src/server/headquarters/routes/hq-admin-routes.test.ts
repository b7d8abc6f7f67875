import { afterEach, describe, expect, it } from 'vitest';
import { apiPaths } from '../../../contract/api-paths.ts';
import {
  asyncOperationsResponseSchema,
  hqCustomersResponseSchema,
  hqStoresResponseSchema,
  jobRunsResponseSchema,
  jobsResponseSchema,
} from '../../../contract/hq-admin.ts';
import { registerConfigSchema } from '../../../contract/register.ts';
import { intakeAsyncRecords } from '../../testing/channel-access.ts';
import {
  activate,
  asyncRecord,
  auth,
  testServer,
  type TestServer,
} from '../../testing/test-support.ts';

let server: TestServer;
afterEach(async () => {
  await server.app.close();
});

const now = '2025-01-01T09:00:00.000Z';

describe('HQ admin: stores', () => {
  it('lists stores with defaults and which registers are activated', async () => {
    server = await testServer({ customers: 0 });
    await activate(server, 'S001', 'S001-R2');
    const { stores } = hqStoresResponseSchema.parse(
      (await server.app.inject({ headers: server.admin, url: apiPaths.hqStores })).json(),
    );
    expect(stores[0]).toMatchObject({
      id: 'S001',
      name: 'Shibuya Store',
      asyncCustomerMode: false,
      defaultCustomerAccount: 'C000001',
      registers: [
        { id: 'S001-R1', number: '1', activated: false },
        { id: 'S001-R2', number: '2', activated: true },
      ],
    });
  });

  it('switches async customer mode, which registers then download in their config', async () => {
    server = await testServer({ customers: 0 });
    const token = await activate(server, 'S002', 'S002-R1');
    const res = await server.app.inject({
      headers: server.admin,
      method: 'PATCH',
      url: apiPaths.hqStore('S002'),
      payload: { asyncCustomerMode: true },
    });
    expect(res.statusCode).toBe(200);
    const config = registerConfigSchema.parse(
      (await server.app.inject({ url: apiPaths.registerConfig, headers: auth(token) })).json(),
    );
    expect(config.asyncCustomerMode).toBe(true);
  });

  it.each([
    { id: 'S404', payload: { asyncCustomerMode: true }, status: 404 },
    { id: 'S001', payload: { asyncCustomerMode: 'yes' }, status: 400 },
    { id: 'S001', payload: {}, status: 400 },
  ])('refuses PATCH $id $payload with $status', async ({ id, payload, status }) => {
    server = await testServer({ customers: 0 });
    const res = await server.app.inject({
      headers: server.admin,
      method: 'PATCH',
      url: apiPaths.hqStore(id),
      payload,
    });
    expect(res.statusCode).toBe(status);
  });
});

describe('HQ admin: jobs', () => {
  it('lists the three jobs with names, schedules and last runs', async () => {
    server = await testServer({ customers: 0 });
    await server.jobs.run('p-job', 'manual');
    const { jobs } = jobsResponseSchema.parse(
      (await server.app.inject({ headers: server.admin, url: apiPaths.hqJobs })).json(),
    );
    expect(jobs.map((j) => [j.id, j.name, j.formerName])).toEqual([
      ['p-job', 'P-job', null],
      [
        'sync-customers',
        'Synchronize customers and channel requests',
        'Synchronize customers and business partners from async mode',
      ],
      ['distribution-1010', '1010', null],
    ]);
    expect(jobs[0]?.description).toContain('P-0001');
    expect(jobs[2]?.description).toContain('Customers distribution');
    expect(jobs[0]?.lastRun).toMatchObject({ jobId: 'p-job', trigger: 'manual' });
    expect(jobs[1]?.lastRun).toBeNull();
  });

  it('changes a schedule', async () => {
    server = await testServer({ customers: 0 });
    const res = await server.app.inject({
      headers: server.admin,
      method: 'PATCH',
      url: apiPaths.hqJob('sync-customers'),
      payload: { enabled: true, intervalSeconds: 30 },
    });
    expect(res.statusCode).toBe(200);
    const { jobs } = jobsResponseSchema.parse(
      (await server.app.inject({ headers: server.admin, url: apiPaths.hqJobs })).json(),
    );
    expect(jobs[1]?.schedule).toEqual({ enabled: true, intervalSeconds: 30 });
  });

  it.each([
    {
      method: 'PATCH' as const,
      url: apiPaths.hqJob('nope'),
      payload: { enabled: true },
      status: 404,
    },
    { method: 'POST' as const, url: apiPaths.hqJobRun('nope'), payload: {}, status: 404 },
    { method: 'GET' as const, url: apiPaths.hqJobRuns('nope'), payload: undefined, status: 404 },
    {
      method: 'PATCH' as const,
      url: apiPaths.hqJob('p-job'),
      payload: { intervalSeconds: 0 },
      status: 400,
    },
    { method: 'PATCH' as const, url: apiPaths.hqJob('p-job'), payload: { every: 5 }, status: 400 },
  ])('answers $status to $method $url', async ({ method, url, payload, status }) => {
    server = await testServer({ customers: 0 });
    const res = await server.app.inject({
      headers: server.admin,
      method,
      url,
      ...(payload ? { payload } : {}),
    });
    expect(res.statusCode).toBe(status);
  });

  it('Run now runs synchronously and the history lists runs newest first', async () => {
    server = await testServer({ customers: 2 });
    for (let i = 0; i < 3; i += 1) {
      server.clock.advance(1000);
      const res = await server.app.inject({
        headers: server.admin,
        method: 'POST',
        url: apiPaths.hqJobRun('distribution-1010'),
      });
      expect(res.statusCode).toBe(200);
    }
    const { runs } = jobRunsResponseSchema.parse(
      (
        await server.app.inject({
          headers: server.admin,
          url: apiPaths.hqJobRuns('distribution-1010'),
        })
      ).json(),
    );
    expect(runs.map((r) => [r.read, r.startedAt])).toEqual([
      [0, '2025-01-01T09:00:03.000Z'],
      [0, '2025-01-01T09:00:02.000Z'],
      [4, '2025-01-01T09:00:01.000Z'],
    ]);
  });
});

describe('HQ admin: customer synchronization status and customers', () => {
  it('lists async operations newest first, filtered by status and store', async () => {
    server = await testServer({ customers: 0 });
    const bad = asyncRecord({
      firstName: 'Bad',
      addresses: [
        {
          purpose: 'home',
          street: 'x',
          city: 'y',
          state: '',
          zip: '',
          country: 'ZZZ',
          primary: true,
        },
      ],
    });
    intakeAsyncRecords(
      server.channelDb,
      { storeId: 'S001', registerId: 'S001-R1' },
      [asyncRecord({ firstName: 'One' })],
      now,
    );
    intakeAsyncRecords(server.channelDb, { storeId: 'S002', registerId: 'S002-R1' }, [bad], now);
    await server.jobs.run('p-job', 'manual');
    await server.jobs.run('sync-customers', 'manual');
    const list = async (query: string) =>
      asyncOperationsResponseSchema.parse(
        (
          await server.app.inject({
            headers: server.admin,
            url: `${apiPaths.hqAsyncCustomers}${query}`,
          })
        ).json(),
      ).operations;
    expect((await list('')).map((o) => o.name)).toEqual(['Bad Mori', 'One Mori']);
    expect(await list('?status=failed')).toEqual([
      expect.objectContaining({
        guid: bad.guid,
        storeId: 'S002',
        registerId: 'S002-R1',
        status: 'failed',
        lastError: {
          code: 'unknown-country',
          values: { code: 'ZZZ' },
          field: 'customer.addresses.0.country',
        },
      }),
    ]);
    expect((await list('?storeId=S001')).map((o) => o.accountNumber)).toEqual(['C000003']);
    const badQuery = await server.app.inject({
      headers: server.admin,
      url: `${apiPaths.hqAsyncCustomers}?status=weird`,
    });
    expect(badQuery.statusCode).toBe(400);
  });

  it('searches HQ customers with a total', async () => {
    server = await testServer({ customers: 40 });
    const all = hqCustomersResponseSchema.parse(
      (
        await server.app.inject({ headers: server.admin, url: `${apiPaths.hqCustomers}?limit=10` })
      ).json(),
    );
    expect(all.customers).toHaveLength(10);
    expect(all.total).toBe(42);
    const walkIn = hqCustomersResponseSchema.parse(
      (
        await server.app.inject({ headers: server.admin, url: `${apiPaths.hqCustomers}?q=walk-in` })
      ).json(),
    );
    expect(walkIn.customers.map((c) => c.accountNumber)).toEqual(['C000001', 'C000002']);
    expect(walkIn.total).toBe(2);
    const underscore = hqCustomersResponseSchema.parse(
      (
        await server.app.inject({
          headers: server.admin,
          url: `${apiPaths.hqCustomers}?q=${encodeURIComponent('%')}`,
        })
      ).json(),
    );
    expect(underscore.total).toBe(0);
  });
});
