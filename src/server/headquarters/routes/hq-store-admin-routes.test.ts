import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { apiPaths } from '../../../contract/api-paths.ts';
import { customerSchema } from '../../../contract/customer.ts';
import { errorBodySchema } from '../../../contract/errors.ts';
import {
  registerHealthResponseSchema,
  rescueImportResultSchema,
} from '../../../contract/health.ts';
import {
  asyncOperationsResponseSchema,
  hqRegisterCreateResponseSchema,
  hqRegisterRetireResponseSchema,
  hqStorePatchResponseSchema,
  hqStoresResponseSchema,
  type HqStoreCreate,
} from '../../../contract/hq-admin.ts';
import { customerResponseSchema } from '../../../contract/realtime.ts';
import { feedResponseSchema, registerConfigSchema } from '../../../contract/register.ts';
import { uploadResponseSchema } from '../../../contract/upload.ts';
import { findCustomer } from '../customers.ts';
import { findRegister } from '../stores.ts';
import {
  activate,
  activationCode,
  asyncRecord,
  auth,
  draft,
  heartbeat,
  queueHealth,
  rescueFile,
  testServer,
  type TestServer,
} from '../../testing/test-support.ts';

let server: TestServer;
afterEach(async () => {
  await server.app.close();
});

const kyoto: HqStoreCreate = {
  id: 'S003',
  name: 'Kyoto Store',
  asyncCustomerMode: false,
  defaultCustomerName: 'Kyoto Walk-in',
  defaults: {
    customerGroup: 'Wholesale',
    currency: 'JPY',
    language: 'ja',
    receiptPreference: 'email',
    affiliations: ['VIP'],
  },
};

function addStore(payload: unknown) {
  return server.app.inject({
    method: 'POST',
    url: apiPaths.hqStores,
    headers: server.admin,
    payload: payload as Record<string, unknown>,
  });
}

function addRegister(storeId: string, number: unknown) {
  return server.app.inject({
    method: 'POST',
    url: apiPaths.hqStoreRegisters(storeId),
    headers: server.admin,
    payload: { number },
  });
}

function retire(registerId: string) {
  return server.app.inject({
    method: 'POST',
    url: apiPaths.hqRegisterRetire(registerId),
    headers: server.admin,
  });
}

async function stores() {
  const res = await server.app.inject({ url: apiPaths.hqStores, headers: server.admin });
  return hqStoresResponseSchema.parse(res.json()).stores;
}

function errorOf(res: { json: () => unknown }) {
  return errorBodySchema.parse(res.json()).error;
}

function count(table: 'stores' | 'registers' | 'customers'): number {
  return (server.hqDb.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
}

describe('HQ admin: adding a store', () => {
  it('creates the store with its default customer, which new customers inherit', async () => {
    server = await testServer({ customers: 0 });
    const res = await addStore(kyoto);
    expect(res.statusCode).toBe(201);
    const { store } = hqStorePatchResponseSchema.parse(res.json());
    expect(store).toMatchObject({
      id: 'S003',
      name: 'Kyoto Store',
      asyncCustomerMode: false,
      defaults: kyoto.defaults,
      registers: [],
    });
    const defaultCustomer = findCustomer(server.hqDb, store.defaultCustomerAccount);
    expect(defaultCustomer).toMatchObject({
      type: 'organization',
      organizationName: 'Kyoto Walk-in',
      storeId: 'S003',
      customerGroup: 'Wholesale',
      receiptPreference: 'email',
      affiliations: ['VIP'],
    });
    expect((await stores()).map((s) => s.id)).toEqual(['S001', 'S002', 'S003']);
  });

  it('serves a new store’s registers like the demo’s: config, real time, upload, jobs, feed', async () => {
    server = await testServer({ customers: 0 });
    expect((await addStore({ ...kyoto, asyncCustomerMode: true })).statusCode).toBe(201);
    const added = await addRegister('S003', '1');
    expect(added.statusCode).toBe(201);
    const { register } = hqRegisterCreateResponseSchema.parse(added.json());
    expect(register).toEqual({ id: 'S003-R1', number: '1', activated: false, retiredAt: null });

    const token = await activate(server, 'S003', 'S003-R1');
    const config = registerConfigSchema.parse(
      (await server.app.inject({ url: apiPaths.registerConfig, headers: auth(token) })).json(),
    );
    expect(config).toMatchObject({
      storeId: 'S003',
      storeName: 'Kyoto Store',
      registerId: 'S003-R1',
      registerNumber: '1',
      asyncCustomerMode: true,
      defaults: kyoto.defaults,
    });

    const realtime = await server.app.inject({
      method: 'POST',
      url: apiPaths.realtimeCustomers,
      headers: auth(token),
      payload: { guid: randomUUID(), customer: draft({ lastName: 'Realtime' }) },
    });
    expect(realtime.statusCode).toBe(201);
    expect(customerResponseSchema.parse(realtime.json()).customer).toMatchObject({
      storeId: 'S003',
      customerGroup: 'Wholesale',
      affiliations: ['VIP'],
    });

    const record = asyncRecord({ lastName: 'Queued', phone: '080-9999-0000', email: '' });
    const upload = await server.app.inject({
      method: 'POST',
      url: apiPaths.upload,
      headers: auth(token),
      payload: { records: [record] },
    });
    expect(uploadResponseSchema.parse(upload.json()).results[0]?.outcome).toBe('accepted');
    for (const job of ['p-job', 'sync-customers', 'distribution-1010'] as const) {
      await server.jobs.run(job, 'manual');
    }
    const operations = asyncOperationsResponseSchema.parse(
      (
        await server.app.inject({
          url: `${apiPaths.hqAsyncCustomers}?storeId=S003`,
          headers: server.admin,
        })
      ).json(),
    ).operations;
    expect(operations.map((op) => [op.registerId, op.status])).toEqual([['S003-R1', 'completed']]);
    const feed = feedResponseSchema.parse(
      (await server.app.inject({ url: apiPaths.feed, headers: auth(token) })).json(),
    );
    const converted = feed.customers.find((c) => c.asyncGuid === record.guid);
    expect(customerSchema.parse(converted)).toMatchObject({
      storeId: 'S003',
      customerGroup: 'Wholesale',
    });
  });

  it.each([
    { name: 'a lower-case id', payload: { ...kyoto, id: 's003' } },
    { name: 'a 15-character id', payload: { ...kyoto, id: 'S'.repeat(15) } },
    { name: 'an id with a space', payload: { ...kyoto, id: 'S 3' } },
    { name: 'an id starting with -', payload: { ...kyoto, id: '-S3' } },
    { name: 'an empty name', payload: { ...kyoto, name: '  ' } },
    { name: 'a 61-character name', payload: { ...kyoto, name: 'x'.repeat(61) } },
    { name: 'no default customer name', payload: { ...kyoto, defaultCustomerName: '' } },
    { name: 'no async mode', payload: { ...kyoto, asyncCustomerMode: undefined } },
    {
      name: 'a lower-case currency',
      payload: { ...kyoto, defaults: { ...kyoto.defaults, currency: 'jpy' } },
    },
    {
      name: 'an unknown default affiliation',
      payload: { ...kyoto, defaults: { ...kyoto.defaults, affiliations: ['NOPE'] } },
    },
  ])('refuses $name with 400 and creates nothing', async ({ payload }) => {
    server = await testServer({ customers: 0 });
    const before = [count('stores'), count('customers')];
    const res = await addStore(payload);
    expect(res.statusCode).toBe(400);
    expect(errorOf(res)).toBe('validation');
    expect([count('stores'), count('customers')]).toEqual(before);
  });

  it('refuses a taken store id with 409 store-exists and changes nothing', async () => {
    server = await testServer({ customers: 0 });
    const before = [count('stores'), count('customers')];
    const res = await addStore({ ...kyoto, id: 'S001' });
    expect(res.statusCode).toBe(409);
    expect(errorOf(res)).toBe('store-exists');
    expect([count('stores'), count('customers')]).toEqual(before);
    expect((await stores())[0]?.name).toBe('Shibuya Store');
  });
});

describe('HQ admin: renaming a store', () => {
  it('renames a store, which its registers then download in their config', async () => {
    server = await testServer({ customers: 0 });
    const token = await activate(server, 'S002', 'S002-R1');
    const res = await server.app.inject({
      method: 'PATCH',
      url: apiPaths.hqStore('S002'),
      headers: server.admin,
      payload: { name: '  Umeda Store ' },
    });
    expect(res.statusCode).toBe(200);
    expect(hqStorePatchResponseSchema.parse(res.json()).store.name).toBe('Umeda Store');
    const config = registerConfigSchema.parse(
      (await server.app.inject({ url: apiPaths.registerConfig, headers: auth(token) })).json(),
    );
    expect(config.storeName).toBe('Umeda Store');
  });

  it.each([
    { id: 'S002', payload: { name: '' }, status: 400, error: 'validation' },
    { id: 'S002', payload: { name: 'x'.repeat(61) }, status: 400, error: 'validation' },
    { id: 'S404', payload: { name: 'Nowhere' }, status: 404, error: 'not-found' },
  ])(
    'refuses the name $payload.name of $id with $status',
    async ({ id, payload, status, error }) => {
      server = await testServer({ customers: 0 });
      const res = await server.app.inject({
        method: 'PATCH',
        url: apiPaths.hqStore(id),
        headers: server.admin,
        payload,
      });
      expect(res.statusCode).toBe(status);
      expect(errorOf(res)).toBe(error);
      expect((await stores()).map((s) => s.name)).toEqual(['Shibuya Store', 'Osaka Store']);
    },
  );
});

describe('HQ admin: adding a register', () => {
  it('adds the next register to a demo store, with the id the demo uses', async () => {
    server = await testServer({ customers: 0 });
    const res = await addRegister('S002', '2');
    expect(res.statusCode).toBe(201);
    const { register, store } = hqRegisterCreateResponseSchema.parse(res.json());
    expect(register.id).toBe('S002-R2');
    expect(store.registers.map((r) => r.id)).toEqual(['S002-R1', 'S002-R2']);
    expect(findRegister(server.hqDb, 'S002-R2')).toEqual({
      id: 'S002-R2',
      number: '2',
      storeId: 'S002',
      retiredAt: null,
    });
  });

  it.each([
    { storeId: 'S001', number: '2', status: 409, error: 'register-exists' },
    { storeId: 'S404', number: '1', status: 404, error: 'not-found' },
    { storeId: 'S001', number: '0', status: 400, error: 'validation' },
    { storeId: 'S001', number: '03', status: 400, error: 'validation' },
    { storeId: 'S001', number: '1000', status: 400, error: 'validation' },
    { storeId: 'S001', number: 'two', status: 400, error: 'validation' },
    { storeId: 'S001', number: 3, status: 400, error: 'validation' },
  ])(
    'refuses register $number of $storeId with $status',
    async ({ storeId, number, status, error }) => {
      server = await testServer({ customers: 0 });
      const before = count('registers');
      const res = await addRegister(storeId, number);
      expect(res.statusCode).toBe(status);
      expect(errorOf(res)).toBe(error);
      expect(count('registers')).toBe(before);
    },
  );
});

describe('HQ admin: retiring a register', () => {
  it('revokes its token at once and keeps it listed as retired, never stuck', async () => {
    server = await testServer({
      customers: 0,
      registerHealth: { silentMinutes: 1, waitingMinutes: 1 },
    });
    const token = await activate(server, 'S001', 'S001-R2');
    const waiting = queueHealth({ waiting: 2, oldestWaitingAt: '2025-01-01T08:00:00.000Z' });
    expect((await heartbeat(server.app, token, waiting)).statusCode).toBe(200);

    const res = await retire('S001-R2');
    expect(res.statusCode).toBe(200);
    expect(hqRegisterRetireResponseSchema.parse(res.json())).toEqual({
      registerId: 'S001-R2',
      retiredAt: '2025-01-01T09:00:00.000Z',
    });
    const refused = await heartbeat(server.app, token);
    expect(refused.statusCode).toBe(401);
    expect(errorOf(refused)).toBe('unauthorized');
    expect(findRegister(server.hqDb, 'S001-R2')?.retiredAt).not.toBeNull();
    expect(findRegister(server.hqDb, 'S001-R1')?.retiredAt).toBeNull();

    const shibuya = (await stores()).find((s) => s.id === 'S001');
    expect(shibuya?.registers).toEqual([
      { id: 'S001-R1', number: '1', activated: false, retiredAt: null },
      { id: 'S001-R2', number: '2', activated: false, retiredAt: '2025-01-01T09:00:00.000Z' },
    ]);
    server.clock.advance(30 * 60_000);
    const health = registerHealthResponseSchema.parse(
      (await server.app.inject({ url: apiPaths.hqRegisterHealth, headers: server.admin })).json(),
    );
    expect(health.registers.find((r) => r.registerId === 'S001-R2')).toMatchObject({
      activated: false,
      retiredAt: '2025-01-01T09:00:00.000Z',
      stuckReason: null,
    });
  });

  it('is idempotent: retiring again answers the first time and changes nothing', async () => {
    server = await testServer({ customers: 0 });
    expect((await retire('S002-R1')).statusCode).toBe(200);
    server.clock.advance(60_000);
    const again = await retire('S002-R1');
    expect(again.statusCode).toBe(200);
    expect(hqRegisterRetireResponseSchema.parse(again.json()).retiredAt).toBe(
      '2025-01-01T09:00:00.000Z',
    );
  });

  it('gets no activation code, and a code issued before it was retired does not activate it', async () => {
    server = await testServer({ customers: 0 });
    const issuedBefore = await activationCode(server, 'S001-R1');
    expect((await retire('S001-R1')).statusCode).toBe(200);
    const issue = await server.app.inject({
      method: 'POST',
      url: apiPaths.hqRegisterActivationCode('S001-R1'),
      headers: server.admin,
    });
    expect(issue.statusCode).toBe(409);
    expect(errorOf(issue)).toBe('register-retired');
    const redeem = await server.app.inject({
      method: 'POST',
      url: apiPaths.activate,
      payload: { code: issuedBefore },
    });
    expect(redeem.statusCode).toBe(400);
    expect(errorOf(redeem)).toBe('invalid-activation-code');
  });

  it('still imports its queued records from a rescue file', async () => {
    server = await testServer({ customers: 0 });
    await activate(server, 'S001', 'S001-R1');
    expect((await retire('S001-R1')).statusCode).toBe(200);
    const records = [asyncRecord({ lastName: 'Rescued' })];
    const res = await server.app.inject({
      method: 'POST',
      url: apiPaths.hqRescueImport,
      headers: server.admin,
      payload: rescueFile(records),
    });
    expect(res.statusCode).toBe(200);
    expect(rescueImportResultSchema.parse(res.json())).toMatchObject({
      accepted: 1,
      duplicates: 0,
      rejected: 0,
    });
    await server.jobs.run('p-job', 'manual');
    await server.jobs.run('sync-customers', 'manual');
    const operations = asyncOperationsResponseSchema.parse(
      (await server.app.inject({ url: apiPaths.hqAsyncCustomers, headers: server.admin })).json(),
    ).operations;
    expect(operations.map((op) => [op.registerId, op.status])).toEqual([['S001-R1', 'completed']]);
  });

  it.each([
    { name: 'an unknown register', id: 'S001-R9', status: 404, error: 'not-found' },
    { name: 'a 21-character id', id: 'R'.repeat(21), status: 400, error: 'validation' },
  ])('refuses $name with $status', async ({ id, status, error }) => {
    server = await testServer({ customers: 0 });
    const res = await retire(id);
    expect(res.statusCode).toBe(status);
    expect(errorOf(res)).toBe(error);
    expect(
      server.hqDb.prepare('SELECT COUNT(*) AS n FROM registers WHERE retired_at IS NOT NULL').get(),
    ).toEqual({ n: 0 });
  });
});
