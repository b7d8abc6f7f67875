import { afterEach, describe, expect, it } from 'vitest';
import { apiPaths } from '../../contract/api-paths.ts';
import { activationStoresResponseSchema, registerConfigSchema } from '../../contract/register.ts';
import { maxActivationAttempts } from './activation-routes.ts';
import {
  activate,
  auth,
  heartbeat,
  queueHealth,
  testServer,
  type TestServer,
} from '../test-support.ts';

let server: TestServer;
afterEach(async () => {
  await server.app.close();
});

describe('device activation (B16)', () => {
  it('lists stores with their registers without a token', async () => {
    server = testServer();
    const res = await server.app.inject({ method: 'GET', url: apiPaths.activationStores });
    expect(res.statusCode).toBe(200);
    const { stores } = activationStoresResponseSchema.parse(res.json());
    expect(stores.map((s) => s.id)).toEqual(['S001', 'S002']);
    expect(stores[0]?.registers).toEqual([
      { id: 'S001-R1', number: '1' },
      { id: 'S001-R2', number: '2' },
    ]);
  });

  it('issues a token that decides the store and register, and stores only its hash', async () => {
    server = testServer();
    const token = await activate(server.app, 'S002', 'S002-R1');
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const stored = server.channelDb.prepare('SELECT token_hash FROM devices').all() as {
      token_hash: string;
    }[];
    expect(stored).toHaveLength(1);
    expect(stored[0]?.token_hash).not.toContain(token);
    const res = await server.app.inject({ url: apiPaths.registerConfig, headers: auth(token) });
    expect(res.statusCode).toBe(200);
    expect(registerConfigSchema.parse(res.json())).toEqual({
      storeId: 'S002',
      storeName: 'Osaka Store',
      registerId: 'S002-R1',
      registerNumber: '1',
      asyncCustomerMode: false,
      defaults: {
        customerGroup: 'Retail',
        currency: 'JPY',
        language: 'ja',
        receiptPreference: 'print',
        affiliations: [],
      },
      filterSharedCustomerData: false,
      features: {
        asyncAddressCreation: false,
        enhancedAsyncCreation: false,
        asyncCustomerEditing: false,
      },
      affiliations: [
        { id: 'EMPLOYEE', name: 'Employee' },
        { id: 'SENIOR', name: 'Senior' },
        { id: 'STUDENT', name: 'Student' },
        { id: 'VIP', name: 'VIP' },
      ],
    });
  });

  it.each([
    { body: { storeId: 'S999', registerId: 'S001-R1' }, status: 404, error: 'unknown-store' },
    { body: { storeId: 'S001', registerId: 'S001-R9' }, status: 404, error: 'unknown-register' },
    {
      body: { storeId: 'S001', registerId: 'S002-R1' },
      status: 400,
      error: 'register-not-in-store',
    },
    { body: { storeId: '', registerId: 'S001-R1' }, status: 400, error: 'validation' },
    { body: { storeId: 'S001' }, status: 400, error: 'validation' },
  ])('refuses activation with $error ($status)', async ({ body, status, error }) => {
    server = testServer();
    const res = await server.app.inject({ method: 'POST', url: apiPaths.activate, payload: body });
    expect(res.statusCode).toBe(status);
    expect(res.json()).toMatchObject({ error });
    expect(res.json<{ message: string }>().message.length).toBeGreaterThan(5);
  });

  it.each([
    { name: 'missing', headers: {} },
    { name: 'wrong', headers: auth('not-a-real-token-not-a-real-token-0000000') },
    { name: 'not bearer', headers: { authorization: 'Basic abc' } },
  ])(
    'answers 401 on every register and real-time path when the token is $name',
    async ({ headers }) => {
      server = testServer();
      for (const url of [
        apiPaths.registerConfig,
        apiPaths.feed,
        `${apiPaths.realtimeSearch}?q=sato`,
      ]) {
        const res = await server.app.inject({ url, headers });
        expect(res.statusCode, url).toBe(401);
        expect(res.json()).toMatchObject({ error: 'unauthorized' });
      }
      const upload = await server.app.inject({
        method: 'POST',
        url: apiPaths.upload,
        headers,
        payload: { records: [] },
      });
      expect(upload.statusCode).toBe(401);
      const beat = await server.app.inject({
        method: 'POST',
        url: apiPaths.heartbeat,
        headers,
        payload: { queue: queueHealth() },
      });
      expect(beat.statusCode).toBe(401);
      expect(beat.json()).toMatchObject({ error: 'unauthorized' });
    },
  );

  it('revokes the previous token when a register is activated again', async () => {
    server = testServer();
    const first = await activate(server.app);
    const second = await activate(server.app);
    const old = await heartbeat(server.app, first);
    expect(old.statusCode).toBe(401);
    const fresh = await heartbeat(server.app, second);
    expect(fresh.statusCode).toBe(200);
    expect(fresh.json()).toEqual({ ok: true, serverTime: '2025-01-01T09:00:00.000Z' });
  });

  it('answers 429 with Retry-After after 10 attempts a minute from one IP, good or bad', async () => {
    server = testServer();
    const attempt = (payload: object, remoteAddress = '10.1.1.1') =>
      server.app.inject({ method: 'POST', url: apiPaths.activate, remoteAddress, payload });
    for (let i = 0; i < maxActivationAttempts; i += 1) {
      const payload = i % 2 ? { storeId: 'S001', registerId: 'S001-R1' } : { storeId: 'S999' };
      expect((await attempt(payload)).statusCode).not.toBe(429);
      server.clock.advance(1000);
    }
    const blocked = await attempt({ storeId: 'S001', registerId: 'S001-R1' });
    expect(blocked.statusCode).toBe(429);
    expect(blocked.headers['retry-after']).toBe('50');
    expect(blocked.json()).toEqual({
      error: 'too-many-attempts',
      message: 'Too many activation attempts. Wait a minute and try again.',
    });
    const malformed = await server.app.inject({
      method: 'POST',
      url: apiPaths.activate,
      remoteAddress: '10.1.1.1',
      headers: { 'content-type': 'application/json' },
      payload: '{',
    });
    expect(malformed.statusCode).toBe(429);
    expect((await attempt({ storeId: 'S001', registerId: 'S001-R2' }, '10.1.1.2')).statusCode).toBe(
      201,
    );
    server.clock.advance(50_000);
    expect((await attempt({ storeId: 'S001', registerId: 'S001-R1' })).statusCode).toBe(201);
  });

  it('counts a malformed attempt against the limit', async () => {
    server = testServer();
    for (let i = 0; i < maxActivationAttempts; i += 1) {
      const res = await server.app.inject({
        method: 'POST',
        url: apiPaths.activate,
        headers: { 'content-type': 'application/json' },
        payload: '{"storeId":',
      });
      expect(res.statusCode).toBe(400);
    }
    const res = await server.app.inject({
      method: 'POST',
      url: apiPaths.activate,
      payload: { storeId: 'S001', registerId: 'S001-R1' },
    });
    expect(res.statusCode).toBe(429);
  });
});
