import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { apiPaths } from '../../../contract/api-paths.ts';
import {
  customerResponseSchema,
  loyaltyCardResponseSchema,
  searchAllStoresResponseSchema,
} from '../../../contract/realtime.ts';
import { findCustomer } from '../../testing/hq-access.ts';
import { readSettings, writeSettings } from '../../testing/hq-access.ts';
import { intakeAsyncRecords } from '../async-records.ts';
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

async function create(token: string, guid: string, customer = draft()) {
  return server.app.inject({
    method: 'POST',
    url: apiPaths.realtimeCustomers,
    headers: auth(token),
    payload: { guid, customer },
  });
}

describe('Real-time Service: create (B1)', () => {
  it('answers a retry with the first customer, and refuses the GUID for another customer (409)', async () => {
    server = await testServer({ customers: 0 });
    const token = await activate(server);
    const guid = randomUUID();
    const first = await create(token, guid);
    expect(first.statusCode).toBe(201);
    const retry = await create(token, guid);
    expect(retry.statusCode).toBe(200);
    expect(retry.json()).toEqual(first.json());
    const reused = await create(token, guid, draft({ firstName: 'Someone', lastName: 'Else' }));
    expect(reused.statusCode).toBe(409);
    expect(reused.json()).toEqual({
      error: 'guid-reused',
      message: 'This GUID was already used for a different customer.',
      code: 'guid-reused',
    });
    expect(server.hqDb.prepare('SELECT COUNT(*) AS n FROM customers').get()).toEqual({ n: 3 });
  });

  it('creates an HQ customer at once with the next account number and store defaults', async () => {
    server = await testServer({ customers: 3 });
    const token = await activate(server, 'S002', 'S002-R1');
    const guid = randomUUID();
    const res = await create(token, guid);
    expect(res.statusCode).toBe(201);
    const { customer } = customerResponseSchema.parse(res.json());
    expect(customer).toMatchObject({
      accountNumber: 'C000006',
      asyncGuid: guid,
      storeId: 'S002',
      customerGroup: 'Retail',
      currency: 'JPY',
      language: 'ja',
      receiptPreference: 'print',
      loyaltyCards: [],
      version: 1,
    });
  });

  it('is idempotent on the GUID: a repeat returns the same customer with 200', async () => {
    server = await testServer({ customers: 0 });
    const token = await activate(server);
    const guid = randomUUID();
    const first = customerResponseSchema.parse((await create(token, guid)).json());
    const again = await create(token, guid);
    expect(again.statusCode).toBe(200);
    expect(customerResponseSchema.parse(again.json())).toEqual(first);
    const n = server.hqDb.prepare('SELECT COUNT(*) AS n FROM customers').get() as { n: number };
    expect(n.n).toBe(3);
  });

  it.each([
    {
      name: 'a missing first name',
      customer: draft({ firstName: '' }),
      field: 'customer.firstName',
    },
    { name: 'a bad e-mail', customer: draft({ email: 'nope' }), field: 'customer.email' },
    {
      name: 'an unknown country/region',
      customer: draft({
        addresses: [
          {
            purpose: 'home',
            street: 'x',
            city: 'y',
            state: '',
            zip: '',
            country: 'QQQ',
            primary: true,
          },
        ],
      }),
      field: 'customer.addresses.0.country',
    },
  ])('refuses $name with 400 and the field', async ({ customer, field }) => {
    server = await testServer({ customers: 0 });
    const token = await activate(server);
    const res = await create(token, randomUUID(), customer);
    expect(res.statusCode).toBe(400);
    const body = res.json<{ error: string; fields: Record<string, string> }>();
    expect(body.error).toBe('validation');
    expect(Object.keys(body.fields)).toContain(field);
  });
});

describe('Real-time Service: edit and loyalty', () => {
  it('edits with the current version and answers 409 conflict on a stale one', async () => {
    server = await testServer({ customers: 0 });
    const token = await activate(server);
    const { customer } = customerResponseSchema.parse((await create(token, randomUUID())).json());
    const url = apiPaths.realtimeCustomer(customer.accountNumber);
    const ok = await server.app.inject({
      method: 'PUT',
      url,
      headers: auth(token),
      payload: { version: 1, customer: draft({ phone: '03-1234-5678' }) },
    });
    expect(ok.statusCode).toBe(200);
    expect(customerResponseSchema.parse(ok.json()).customer).toMatchObject({
      phone: '03-1234-5678',
      version: 2,
    });
    const stale = await server.app.inject({
      method: 'PUT',
      url,
      headers: auth(token),
      payload: { version: 1, customer: draft({ phone: '03-0000-0000' }) },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ error: 'conflict' });
    const missing = await server.app.inject({
      method: 'PUT',
      url: apiPaths.realtimeCustomer('C999999'),
      headers: auth(token),
      payload: { version: 1, customer: draft() },
    });
    expect(missing.statusCode).toBe(404);
  });

  it('issues loyalty cards with HQ card numbers and bumps the version', async () => {
    server = await testServer({ customers: 0 });
    const token = await activate(server);
    const { customer } = customerResponseSchema.parse((await create(token, randomUUID())).json());
    const url = apiPaths.realtimeLoyaltyCards(customer.accountNumber);
    const first = await server.app.inject({
      method: 'POST',
      url,
      headers: auth(token),
      payload: {},
    });
    expect(first.statusCode).toBe(201);
    const issued = loyaltyCardResponseSchema.parse(first.json());
    expect(issued.card.cardNumber).toBe('LC0000000001');
    expect(issued.customer.loyaltyCards).toEqual([issued.card]);
    expect(issued.customer.version).toBe(2);
    const second = loyaltyCardResponseSchema.parse(
      (await server.app.inject({ method: 'POST', url, headers: auth(token) })).json(),
    );
    expect(second.card.cardNumber).toBe('LC0000000002');
    const missing = await server.app.inject({
      method: 'POST',
      url: apiPaths.realtimeLoyaltyCards('C999999'),
      headers: auth(token),
      payload: {},
    });
    expect(missing.statusCode).toBe(404);
  });
});

describe('Search all stores (B12)', () => {
  it.each([
    { q: 'mori', hits: 1 },
    { q: 'AIKO', hits: 1 },
    { q: 'aiko.mori@example', hits: 1 },
    { q: '080-1111', hits: 1 },
    { q: '08011112222', hits: 1 },
    { q: 'Osaka Walk', hits: 1 },
    { q: 'C000002', hits: 1 },
    { q: 'zzzz', hits: 0 },
  ])('finds "$q" across stores ($hits)', async ({ q, hits }) => {
    server = await testServer({ customers: 0 });
    const other = await activate(server, 'S002', 'S002-R1');
    await create(other, randomUUID());
    const token = await activate(server, 'S001', 'S001-R1');
    const res = await server.app.inject({
      url: `${apiPaths.realtimeSearch}?q=${encodeURIComponent(q)}`,
      headers: auth(token),
    });
    expect(res.statusCode).toBe(200);
    expect(searchAllStoresResponseSchema.parse(res.json()).customers).toHaveLength(hits);
  });

  it.each([
    { filter: true, found: ['Shibuya Walk-in'] },
    { filter: false, found: ['Osaka Walk-in', 'Shibuya Walk-in'] },
  ])(
    'answers with the own store only while shared customer data is filtered ($filter)',
    async ({ filter, found }) => {
      server = await testServer({ customers: 0 });
      writeSettings(server.hqDb, {
        ...readSettings(server.hqDb),
        filterSharedCustomerData: filter,
      });
      const token = await activate(server, 'S001', 'S001-R1');
      const res = await server.app.inject({
        url: `${apiPaths.realtimeSearch}?q=walk-in`,
        headers: auth(token),
      });
      expect(res.statusCode).toBe(200);
      const { customers } = searchAllStoresResponseSchema.parse(res.json());
      expect(customers.map((c) => c.organizationName).sort()).toEqual(found);
    },
  );

  it.each([
    { filter: true, status: 404 },
    { filter: false, status: 201 },
  ])(
    "changes another store's customer only while shared customer data is not filtered ($filter)",
    async ({ filter, status }) => {
      server = await testServer({ customers: 0 });
      writeSettings(server.hqDb, {
        ...readSettings(server.hqDb),
        filterSharedCustomerData: filter,
      });
      const token = await activate(server, 'S001', 'S001-R1');
      const osakaWalkIn = 'C000002';
      expect(findCustomer(server.hqDb, osakaWalkIn)?.storeId).toBe('S002');
      const card = await server.app.inject({
        method: 'POST',
        url: apiPaths.realtimeLoyaltyCards(osakaWalkIn),
        headers: auth(token),
      });
      expect(card.statusCode).toBe(status);
      expect(findCustomer(server.hqDb, osakaWalkIn)?.loyaltyCards).toHaveLength(filter ? 0 : 1);
      if (filter) expect(card.body).not.toContain('Osaka Walk-in');
    },
  );

  it.each(['abc', '  ab  ', ''])('refuses fewer than 4 characters ("%s")', async (q) => {
    server = await testServer({ customers: 0 });
    const token = await activate(server);
    const res = await server.app.inject({
      url: `${apiPaths.realtimeSearch}?q=${encodeURIComponent(q)}`,
      headers: auth(token),
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      error: 'validation',
      message: 'Type at least 4 characters.',
      code: 'search-too-short',
      values: { min: 4 },
    });
  });

  it('caps results at 50 and never returns async customers HQ has not converted', async () => {
    server = await testServer({ customers: 200 });
    const token = await activate(server);
    intakeAsyncRecords(
      server.channelDb,
      { storeId: 'S001', registerId: 'S001-R1' },
      [asyncRecord({ lastName: 'Uniquepending' })],
      '2025-01-01T09:00:00.000Z',
    );
    await server.jobs.run('p-job', 'manual');
    const pending = await server.app.inject({
      url: `${apiPaths.realtimeSearch}?q=uniquepending`,
      headers: auth(token),
    });
    expect(pending.json()).toEqual({ customers: [] });
    const many = await server.app.inject({
      url: `${apiPaths.realtimeSearch}?q=example.com`,
      headers: auth(token),
    });
    expect(searchAllStoresResponseSchema.parse(many.json()).customers).toHaveLength(50);
  });
});

describe('Real-time Service: add an address (B10 with 10.0.22 off)', () => {
  const address = {
    purpose: 'delivery' as const,
    street: '3-3 Shinsaibashi',
    city: 'Osaka',
    state: '27',
    zip: '542-0085',
    country: 'JPN',
    primary: true,
  };

  it('appends the address, makes it the only primary one and bumps the version', async () => {
    server = await testServer({ customers: 0 });
    const token = await activate(server);
    const first = { ...address, purpose: 'home' as const, street: '1-1 Umeda' };
    const { customer } = customerResponseSchema.parse(
      (await create(token, randomUUID(), draft({ addresses: [first] }))).json(),
    );
    const res = await server.app.inject({
      method: 'POST',
      url: apiPaths.realtimeAddresses(customer.accountNumber),
      headers: auth(token),
      payload: { address },
    });
    expect(res.statusCode).toBe(201);
    expect(customerResponseSchema.parse(res.json()).customer).toMatchObject({
      accountNumber: customer.accountNumber,
      addresses: [{ ...first, primary: false }, address],
      version: 2,
    });
  });

  it.each([
    {
      name: 'an unknown country/region',
      account: 'C000001',
      payload: { address: { ...address, country: 'XYZ' } },
      status: 400,
      field: 'address.country',
    },
    {
      name: 'a missing street',
      account: 'C000001',
      payload: { address: { ...address, street: '' } },
      status: 400,
      field: 'address.street',
    },
    {
      name: 'an address GUID (only async records carry one)',
      account: 'C000001',
      payload: { address: { ...address, asyncGuid: randomUUID() } },
      status: 400,
      field: 'address',
    },
    {
      name: 'an unknown account',
      account: 'C999999',
      payload: { address },
      status: 404,
      field: null,
    },
  ])('refuses $name with $status', async ({ account, payload, status, field }) => {
    server = await testServer({ customers: 0 });
    const token = await activate(server);
    const res = await server.app.inject({
      method: 'POST',
      url: apiPaths.realtimeAddresses(account),
      headers: auth(token),
      payload,
    });
    expect(res.statusCode).toBe(status);
    if (field) expect(Object.keys(res.json<{ fields: object }>().fields)).toContain(field);
    expect(
      server.hqDb.prepare("SELECT data FROM customers WHERE account_number = 'C000001'").get(),
    ).toMatchObject({
      data: expect.stringContaining('"version":1') as unknown,
    });
  });
});
