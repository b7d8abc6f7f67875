import { afterEach, describe, expect, it } from 'vitest';
import { apiPaths } from '../../../contract/api-paths.ts';
import { activationResponseSchema, registerConfigSchema } from '../../../contract/register.ts';
import { activationCodeSchema } from '../../../contract/tablet-setup.ts';
import { maxActivationAttempts } from './activation-routes.ts';
import {
  activate,
  activationCode,
  auth,
  heartbeat,
  queueHealth,
  testServer,
  type TestServer,
} from '../../testing/test-support.ts';

let server: TestServer;
afterEach(async () => {
  await server.app.close();
});

/** A register redeeming a code (from its own IP each time, clear of the rate limit). */
let nextAddress = 1;
const redeem = (code: string) =>
  server.app.inject({
    method: 'POST',
    url: apiPaths.activate,
    remoteAddress: `10.9.0.${nextAddress++}`,
    payload: { code },
  });

const issue = (registerId: string, headers: Record<string, string> = server.admin) =>
  server.app.inject({
    method: 'POST',
    url: apiPaths.hqRegisterActivationCode(registerId),
    headers,
  });

const refusal = {
  error: 'invalid-activation-code',
  message:
    'This activation code is not valid. It may be mistyped, used already or expired: create a new one at headquarters (Add a tablet).',
  code: 'invalid-activation-code',
};

describe('activation codes (issue 11)', () => {
  it('issues an 8-character Crockford code for 15 minutes and stores only its hash', async () => {
    server = await testServer();
    const res = await issue('S002-R1');
    expect(res.statusCode).toBe(201);
    const issued = activationCodeSchema.parse(res.json());
    expect(issued.registerId).toBe('S002-R1');
    expect(issued.code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(issued.expiresAt).toBe('2025-01-01T09:15:00.000Z');
    const rows = server.channelDb.prepare('SELECT * FROM activation_codes').all();
    expect(JSON.stringify(rows)).not.toContain(issued.code.replace('-', ''));
    expect(rows).toEqual([
      expect.objectContaining({ register_id: 'S002-R1', store_id: 'S002', used_at: null }),
    ]);
  });

  it('activates the register the code was issued for, once', async () => {
    server = await testServer();
    const code = await activationCode(server, 'S002-R1');
    const res = await redeem(code);
    expect(res.statusCode).toBe(201);
    expect(activationResponseSchema.parse(res.json())).toMatchObject({
      storeId: 'S002',
      storeName: 'Osaka Store',
      registerId: 'S002-R1',
      registerNumber: '1',
    });
    const again = await redeem(code);
    expect(again.statusCode).toBe(400);
    expect(again.json()).toEqual(refusal);
  });

  it('reads the code in any case, without the dash, with I, L and O for 1, 1 and 0', async () => {
    server = await testServer();
    const code = await activationCode(server);
    const typed = ` ${code.replace('-', '').replace(/1/g, 'l').replace(/0/g, 'o').toLowerCase()} `;
    expect((await redeem(typed)).statusCode).toBe(201);
  });

  it('expires 15 minutes after it was issued', async () => {
    server = await testServer();
    const early = await activationCode(server, 'S001-R1');
    const late = await activationCode(server, 'S001-R2');
    server.clock.advance(15 * 60_000 - 1);
    expect((await redeem(early)).statusCode).toBe(201);
    server.clock.advance(1);
    const expired = await redeem(late);
    expect(expired.statusCode).toBe(400);
    expect(expired.json()).toEqual(refusal);
  });

  it('answers a wrong code as it answers a used or expired one', async () => {
    server = await testServer();
    await activationCode(server);
    const wrong = await redeem('ABCD-EFGH');
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json()).toEqual(refusal);
  });

  it("replaces the register's unused code with a new one; other registers keep theirs", async () => {
    server = await testServer();
    const old = await activationCode(server, 'S001-R1');
    const other = await activationCode(server, 'S001-R2');
    const fresh = await activationCode(server, 'S001-R1');
    expect(fresh).not.toBe(old);
    expect((await redeem(old)).json()).toEqual(refusal);
    expect((await redeem(fresh)).statusCode).toBe(201);
    expect((await redeem(other)).statusCode).toBe(201);
  });

  it('answers 404 for an unknown register and 401 without an admin session', async () => {
    server = await testServer();
    const unknown = await issue('S009-R1');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toMatchObject({ error: 'not-found' });
    const anonymous = await issue('S001-R1', {});
    expect(anonymous.statusCode).toBe(401);
    expect(server.channelDb.prepare('SELECT COUNT(*) AS n FROM activation_codes').get()).toEqual({
      n: 0,
    });
  });
});

describe('device activation (B16)', () => {
  it('issues a token that decides the store and register, and stores only its hash', async () => {
    server = await testServer();
    const token = await activate(server, 'S002', 'S002-R1');
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
    { body: { code: 'ZZZZ-ZZZZ' }, error: 'invalid-activation-code' },
    { body: { code: 'ABCD' }, error: 'invalid-activation-code' },
    { body: { code: '' }, error: 'invalid-activation-code' },
    { body: { code: 'x'.repeat(41) }, error: 'validation' },
    { body: {}, error: 'validation' },
    { body: { storeId: 'S001', registerId: 'S001-R1' }, error: 'validation' },
  ])('refuses activation with $error', async ({ body, error }) => {
    server = await testServer();
    await activationCode(server);
    const res = await server.app.inject({ method: 'POST', url: apiPaths.activate, payload: body });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error });
    expect(res.json<{ message: string }>().message.length).toBeGreaterThan(5);
    expect(server.channelDb.prepare('SELECT COUNT(*) AS n FROM devices').get()).toEqual({ n: 0 });
  });

  it.each([
    { name: 'missing', headers: {} },
    { name: 'wrong', headers: auth('not-a-real-token-not-a-real-token-0000000') },
    { name: 'not bearer', headers: { authorization: 'Basic abc' } },
  ])(
    'answers 401 on every register and real-time path when the token is $name',
    async ({ headers }) => {
      server = await testServer();
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

  it('keeps the old token valid until the new activation succeeds, then revokes it', async () => {
    server = await testServer();
    const first = await activate(server);
    const code = await activationCode(server);
    expect((await heartbeat(server.app, first)).statusCode).toBe(200);
    expect((await redeem('ZZZZ-ZZZZ')).statusCode).toBe(400);
    expect((await heartbeat(server.app, first)).statusCode).toBe(200);
    const second = activationResponseSchema.parse((await redeem(code)).json()).deviceToken;
    expect((await heartbeat(server.app, first)).statusCode).toBe(401);
    const fresh = await heartbeat(server.app, second);
    expect(fresh.statusCode).toBe(200);
    expect(fresh.json()).toEqual({ ok: true, serverTime: '2025-01-01T09:00:00.000Z' });
  });

  it('answers 429 with Retry-After after 10 attempts a minute from one IP, good or bad', async () => {
    server = await testServer();
    const attempt = (payload: object, remoteAddress = '10.1.1.1') =>
      server.app.inject({ method: 'POST', url: apiPaths.activate, remoteAddress, payload });
    const code = await activationCode(server, 'S001-R1');
    for (let i = 0; i < maxActivationAttempts; i += 1) {
      const payload = i % 2 ? { code: 'ZZZZ-ZZZZ' } : { storeId: 'S999' };
      expect((await attempt(payload)).statusCode).toBe(400);
      server.clock.advance(1000);
    }
    const blocked = await attempt({ code });
    expect(blocked.statusCode).toBe(429);
    expect(blocked.headers['retry-after']).toBe('50');
    expect(blocked.json()).toEqual({
      error: 'too-many-attempts',
      message: 'Too many activation attempts. Wait a minute and try again.',
      code: 'too-many-activations',
    });
    const malformed = await server.app.inject({
      method: 'POST',
      url: apiPaths.activate,
      remoteAddress: '10.1.1.1',
      headers: { 'content-type': 'application/json' },
      payload: '{',
    });
    expect(malformed.statusCode).toBe(429);
    const other = await activationCode(server, 'S001-R2');
    expect((await attempt({ code: other }, '10.1.1.2')).statusCode).toBe(201);
    server.clock.advance(50_000);
    expect((await attempt({ code })).statusCode).toBe(201);
  });

  it('counts a malformed attempt against the limit', async () => {
    server = await testServer();
    for (let i = 0; i < maxActivationAttempts; i += 1) {
      const res = await server.app.inject({
        method: 'POST',
        url: apiPaths.activate,
        headers: { 'content-type': 'application/json' },
        payload: '{"code":',
      });
      expect(res.statusCode).toBe(400);
    }
    const res = await server.app.inject({
      method: 'POST',
      url: apiPaths.activate,
      payload: { code: await activationCode(server) },
    });
    expect(res.statusCode).toBe(429);
  });
});
