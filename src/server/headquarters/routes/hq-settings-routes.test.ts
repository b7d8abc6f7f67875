import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { apiPaths } from '../../../contract/api-paths.ts';
import {
  affiliationsResponseSchema,
  hqSettingsSchema,
  hqStorePatchResponseSchema,
  hqStoresResponseSchema,
} from '../../../contract/hq-admin.ts';
import { customerResponseSchema } from '../../../contract/realtime.ts';
import { featureConflict, registerConfigSchema } from '../../../contract/register.ts';
import { listOperations } from '../async-operations.ts';
import { findCustomer, findCustomerByAsyncGuid } from '../customers.ts';
import { intakeAsyncRecords } from '../../testing/channel-access.ts';
import {
  activate,
  asyncRecord,
  auth,
  draft,
  testServer,
  type TestServer,
} from '../../testing/test-support.ts';

let server: TestServer;
afterEach(async () => {
  await server.app.close();
});

const allOff = {
  asyncAddressCreation: false,
  enhancedAsyncCreation: false,
  asyncCustomerEditing: false,
};

async function patchSettings(payload: unknown) {
  return server.app.inject({
    method: 'PATCH',
    url: apiPaths.hqSettings,
    headers: server.admin,
    payload: payload as Record<string, unknown>,
  });
}

async function settings() {
  return hqSettingsSchema.parse(
    (await server.app.inject({ url: apiPaths.hqSettings, headers: server.admin })).json(),
  );
}

async function patchStore(id: string, payload: unknown) {
  return server.app.inject({
    method: 'PATCH',
    url: apiPaths.hqStore(id),
    headers: server.admin,
    payload: payload as Record<string, unknown>,
  });
}

describe('HQ settings: Feature management and the channel schema filter', () => {
  it('starts with every feature and the filter off', async () => {
    server = await testServer({ customers: 0 });
    expect(await settings()).toEqual({ features: allOff, filterSharedCustomerData: false });
  });

  it('turns features on one PATCH at a time and keeps what the PATCH does not name', async () => {
    server = await testServer({ customers: 0 });
    const first = await patchSettings({ features: { asyncAddressCreation: true } });
    expect(first.statusCode).toBe(200);
    expect(hqSettingsSchema.parse(first.json()).features).toEqual({
      ...allOff,
      asyncAddressCreation: true,
    });
    await patchSettings({ features: { enhancedAsyncCreation: true } });
    await patchSettings({ filterSharedCustomerData: true });
    const last = await patchSettings({ features: { asyncCustomerEditing: true } });
    expect(last.statusCode).toBe(200);
    expect(await settings()).toEqual({
      features: {
        asyncAddressCreation: true,
        enhancedAsyncCreation: true,
        asyncCustomerEditing: true,
      },
      filterSharedCustomerData: true,
    });
  });

  it('refuses 10.0.29 without its prerequisites and changes nothing', async () => {
    server = await testServer({ customers: 0 });
    const res = await patchSettings({
      features: { asyncAddressCreation: true, asyncCustomerEditing: true },
      filterSharedCustomerData: true,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      error: 'validation',
      code: featureConflict({ ...allOff, asyncCustomerEditing: true }),
    });
    expect(await settings()).toEqual({ features: allOff, filterSharedCustomerData: false });
  });

  it.each(['asyncAddressCreation', 'enhancedAsyncCreation'] as const)(
    'refuses turning %s off while 10.0.29 is on and changes nothing',
    async (prerequisite) => {
      server = await testServer({ customers: 0 });
      const on = {
        asyncAddressCreation: true,
        enhancedAsyncCreation: true,
        asyncCustomerEditing: true,
      };
      expect((await patchSettings({ features: on })).statusCode).toBe(200);
      const res = await patchSettings({ features: { [prerequisite]: false } });
      expect(res.statusCode).toBe(400);
      expect(res.json<{ message: string }>().message).toContain(
        'Enable editing customers in asynchronous mode needs',
      );
      expect((await settings()).features).toEqual(on);
    },
  );

  it('turns 10.0.29 and a prerequisite off together', async () => {
    server = await testServer({ customers: 0 });
    await patchSettings({
      features: {
        asyncAddressCreation: true,
        enhancedAsyncCreation: true,
        asyncCustomerEditing: true,
      },
    });
    const res = await patchSettings({
      features: { asyncAddressCreation: false, asyncCustomerEditing: false },
    });
    expect(res.statusCode).toBe(200);
    expect((await settings()).features).toEqual({ ...allOff, enhancedAsyncCreation: true });
  });

  it.each([{ features: { asyncCustomerEditing: 'yes' } }, { features: { other: true } }, { x: 1 }])(
    'answers 400 to a malformed PATCH %j',
    async (payload) => {
      server = await testServer({ customers: 0 });
      expect((await patchSettings(payload)).statusCode).toBe(400);
    },
  );

  it('sends features, the filter and the affiliations to registers in their config', async () => {
    server = await testServer({ customers: 0 });
    const token = await activate(server, 'S001', 'S001-R1');
    await patchSettings({
      features: { asyncAddressCreation: true, enhancedAsyncCreation: true },
      filterSharedCustomerData: true,
    });
    const config = registerConfigSchema.parse(
      (await server.app.inject({ url: apiPaths.registerConfig, headers: auth(token) })).json(),
    );
    expect(config.features).toEqual({
      ...allOff,
      asyncAddressCreation: true,
      enhancedAsyncCreation: true,
    });
    expect(config.filterSharedCustomerData).toBe(true);
    expect(config.affiliations.map((a) => a.id)).toEqual(['EMPLOYEE', 'SENIOR', 'STUDENT', 'VIP']);
    expect(config.defaults.affiliations).toEqual([]);
  });
});

describe('HQ affiliations', () => {
  it('lists the demo affiliations and adds one; a taken id is a 409', async () => {
    server = await testServer({ customers: 0 });
    const list = affiliationsResponseSchema.parse(
      (await server.app.inject({ url: apiPaths.hqAffiliations, headers: server.admin })).json(),
    );
    expect(list.affiliations).toEqual([
      { id: 'EMPLOYEE', name: 'Employee' },
      { id: 'SENIOR', name: 'Senior' },
      { id: 'STUDENT', name: 'Student' },
      { id: 'VIP', name: 'VIP' },
    ]);
    const add = await server.app.inject({
      method: 'POST',
      url: apiPaths.hqAffiliations,
      headers: server.admin,
      payload: { id: 'FAMILY', name: 'Family' },
    });
    expect(add.statusCode).toBe(201);
    expect(affiliationsResponseSchema.parse(add.json()).affiliations.map((a) => a.id)).toEqual([
      'EMPLOYEE',
      'FAMILY',
      'SENIOR',
      'STUDENT',
      'VIP',
    ]);
    const again = await server.app.inject({
      method: 'POST',
      url: apiPaths.hqAffiliations,
      headers: server.admin,
      payload: { id: 'VIP', name: 'Very important' },
    });
    expect(again.statusCode).toBe(409);
    const bad = await server.app.inject({
      method: 'POST',
      url: apiPaths.hqAffiliations,
      headers: server.admin,
      payload: { id: 'lower case', name: '' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ error: 'validation' });
  });
});

describe('HQ stores: the default customer', () => {
  const defaults = {
    customerGroup: 'Members',
    currency: 'USD',
    language: 'en',
    receiptPreference: 'email' as const,
    affiliations: ['VIP', 'STUDENT'],
  };

  it('changes the defaults (on the default customer, with a new version) and answers the store', async () => {
    server = await testServer({ customers: 0 });
    const res = await patchStore('S002', { defaults });
    expect(res.statusCode).toBe(200);
    const { store } = hqStorePatchResponseSchema.parse(res.json());
    expect(store).toMatchObject({ id: 'S002', asyncCustomerMode: false, defaults });
    expect(findCustomer(server.hqDb, 'C000002')).toMatchObject({ ...defaults, version: 2 });
    const both = await patchStore('S002', {
      asyncCustomerMode: true,
      defaults: { ...defaults, affiliations: [] },
    });
    expect(hqStorePatchResponseSchema.parse(both.json()).store).toMatchObject({
      asyncCustomerMode: true,
      defaults: { affiliations: [] },
    });
  });

  it('refuses an affiliation HQ does not define with 400 and changes nothing', async () => {
    server = await testServer({ customers: 0 });
    const res = await patchStore('S001', {
      asyncCustomerMode: true,
      defaults: { ...defaults, affiliations: ['VIP', 'GOLD'] },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      error: 'validation',
      message: "Affiliation 'GOLD' does not exist.",
      fields: {
        'defaults.affiliations.1': { code: 'unknown-affiliation', values: { id: 'GOLD' } },
      },
    });
    expect(findCustomer(server.hqDb, 'C000001')).toMatchObject({ affiliations: [], version: 1 });
    const stores = await server.app.inject({ url: apiPaths.hqStores, headers: server.admin });
    expect(hqStoresResponseSchema.parse(stores.json()).stores[0]).toMatchObject({
      id: 'S001',
      asyncCustomerMode: false,
    });
  });

  it('gives new customers, real-time and async, their own affiliations plus the default customer’s', async () => {
    server = await testServer({ customers: 0 });
    await patchStore('S002', { defaults: { ...defaults, affiliations: ['VIP', 'SENIOR'] } });
    const token = await activate(server, 'S002', 'S002-R1');
    const config = registerConfigSchema.parse(
      (await server.app.inject({ url: apiPaths.registerConfig, headers: auth(token) })).json(),
    );
    expect(config.defaults).toEqual({ ...defaults, affiliations: ['VIP', 'SENIOR'] });
    const rt = await server.app.inject({
      method: 'POST',
      url: apiPaths.realtimeCustomers,
      headers: auth(token),
      payload: {
        guid: randomUUID(),
        customer: draft({
          title: 'Dr.',
          affiliations: ['STUDENT', 'VIP'],
          secondaryEmails: ['aiko@work.example.com'],
          secondaryPhones: ['06-1111-2222'],
        }),
      },
    });
    expect(rt.statusCode).toBe(201);
    expect(customerResponseSchema.parse(rt.json()).customer).toMatchObject({
      title: 'Dr.',
      affiliations: ['STUDENT', 'VIP', 'SENIOR'],
      secondaryEmails: ['aiko@work.example.com'],
      secondaryPhones: ['06-1111-2222'],
      customerGroup: 'Members',
      currency: 'USD',
      appliedEditGuid: null,
    });
    const record = asyncRecord({ affiliations: ['EMPLOYEE'], title: 'Ms.' });
    intakeAsyncRecords(
      server.channelDb,
      { storeId: 'S002', registerId: 'S002-R1' },
      [record],
      '2025-01-01T09:00:00.000Z',
    );
    await server.jobs.run('p-job', 'manual');
    await server.jobs.run('sync-customers', 'manual');
    expect(findCustomerByAsyncGuid(server.hqDb, record.guid)).toMatchObject({
      title: 'Ms.',
      affiliations: ['EMPLOYEE', 'VIP', 'SENIOR'],
      language: 'en',
    });
  });

  it('refuses an unknown affiliation: 400 in real time, a Failed operation in the sync job', async () => {
    server = await testServer({ customers: 0 });
    const token = await activate(server, 'S001', 'S001-R1');
    const rt = await server.app.inject({
      method: 'POST',
      url: apiPaths.realtimeCustomers,
      headers: auth(token),
      payload: { guid: randomUUID(), customer: draft({ affiliations: ['VIP', 'NOPE'] }) },
    });
    expect(rt.statusCode).toBe(400);
    expect(rt.json()).toMatchObject({
      error: 'validation',
      fields: {
        'customer.affiliations.1': { code: 'unknown-affiliation', values: { id: 'NOPE' } },
      },
    });
    const record = asyncRecord({ affiliations: ['NOPE'] });
    const good = asyncRecord({ firstName: 'Good' });
    intakeAsyncRecords(
      server.channelDb,
      { storeId: 'S001', registerId: 'S001-R1' },
      [record, good],
      '2025-01-01T09:00:00.000Z',
    );
    await server.jobs.run('p-job', 'manual');
    const run = await server.jobs.run('sync-customers', 'manual');
    expect(run).toMatchObject({ read: 2, done: 1, failed: 1 });
    expect(listOperations(server.hqDb, { status: 'failed' })).toEqual([
      expect.objectContaining({
        guid: record.guid,
        lastError: {
          code: 'unknown-affiliation',
          values: { id: 'NOPE' },
          field: 'customer.affiliations.0',
        },
      }),
    ]);
  });
});
