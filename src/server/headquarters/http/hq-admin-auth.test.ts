import { createHash, randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { apiPaths } from '../../../contract/api-paths.ts';
import { adminSessionSchema } from '../../../contract/hq-admin.ts';
import {
  activate,
  auth,
  heartbeat,
  testAdminPassword,
  testServer,
  type TestServer,
} from '../../testing/test-support.ts';
import { hashSlotLimits, maxFailedSignIns } from './hq-admin-auth.ts';

let server: TestServer;
afterEach(async () => {
  await server.app.close();
});

async function signIn(password: string, headers: Record<string, string> = {}) {
  return server.app.inject({
    method: 'POST',
    url: apiPaths.hqSession,
    headers,
    payload: { password },
  });
}

function sessionCookie(res: Awaited<ReturnType<typeof signIn>>): string {
  const cookie = res.cookies.find((c) => c.name === 'hq_session');
  if (!cookie) throw new Error('no session cookie');
  return `hq_session=${cookie.value}`;
}

async function signedIn(cookie?: string): Promise<boolean> {
  const res = await server.app.inject({
    url: apiPaths.hqSession,
    headers: cookie ? { cookie } : {},
  });
  expect(res.statusCode).toBe(200);
  return adminSessionSchema.parse(res.json()).signedIn;
}

const guid = randomUUID();
const hqRoutes = [
  { method: 'GET' as const, url: apiPaths.hqStores },
  { method: 'PATCH' as const, url: apiPaths.hqStore('S001'), payload: { asyncCustomerMode: true } },
  { method: 'GET' as const, url: apiPaths.hqJobs },
  { method: 'GET' as const, url: apiPaths.hqScaleUnits },
  { method: 'PATCH' as const, url: apiPaths.hqJob('p-job'), payload: { enabled: false } },
  { method: 'POST' as const, url: apiPaths.hqJobRun('p-job') },
  { method: 'GET' as const, url: apiPaths.hqJobRuns('p-job') },
  { method: 'GET' as const, url: apiPaths.hqAsyncCustomers },
  { method: 'GET' as const, url: apiPaths.hqAsyncCustomerStats },
  { method: 'GET' as const, url: apiPaths.hqAsyncCustomer(guid) },
  { method: 'PUT' as const, url: apiPaths.hqAsyncCustomer(guid), payload: {} },
  { method: 'POST' as const, url: apiPaths.hqAsyncCustomerResync(guid) },
  { method: 'GET' as const, url: apiPaths.hqSettings },
  {
    method: 'PATCH' as const,
    url: apiPaths.hqSettings,
    payload: { filterSharedCustomerData: true },
  },
  { method: 'GET' as const, url: apiPaths.hqAffiliations },
  { method: 'POST' as const, url: apiPaths.hqAffiliations, payload: { id: 'X', name: 'X' } },
  { method: 'GET' as const, url: apiPaths.hqCustomers },
];

describe('HQ console sign-in', () => {
  it.each(hqRoutes)('answers 401 to $method $url without a valid session', async (route) => {
    server = await testServer({ customers: 0 });
    for (const headers of [{}, { cookie: 'hq_session=forged-token' }]) {
      const res = await server.app.inject({ ...route, headers });
      expect(res.statusCode).toBe(401);
      expect(res.json()).toEqual({
        error: 'unauthorized',
        message: 'Sign in to the HQ console.',
        code: 'sign-in-needed',
      });
    }
    const settings = await server.app.inject({ url: apiPaths.hqSettings, headers: server.admin });
    expect(settings.json()).toMatchObject({ filterSharedCustomerData: false });
  });

  it('signs in with the password: 204 and an HttpOnly, SameSite=Strict session cookie', async () => {
    server = await testServer({ customers: 0 });
    expect(await signedIn()).toBe(false);
    const res = await signIn(testAdminPassword);
    expect(res.statusCode).toBe(204);
    const raw = String(res.headers['set-cookie']);
    expect(raw).toMatch(/^hq_session=[A-Za-z0-9_-]{43};/);
    expect(raw).toContain('HttpOnly');
    expect(raw).toContain('SameSite=Strict');
    expect(raw).toContain('Path=/');
    expect(raw).toContain('Max-Age=43200');
    expect(raw).not.toContain('Secure');
    const cookie = sessionCookie(res);
    expect(await signedIn(cookie)).toBe(true);
    const stores = await server.app.inject({ url: apiPaths.hqStores, headers: { cookie } });
    expect(stores.statusCode).toBe(200);
    const token = cookie.slice('hq_session='.length);
    const stored = server.hqDb
      .prepare('SELECT token_hash AS hash, expires_at AS expires FROM admin_sessions')
      .all() as { hash: string; expires: string }[];
    expect(stored).toContainEqual({
      hash: createHash('sha256').update(token).digest('hex'),
      expires: '2025-01-01T21:00:00.000Z',
    });
    expect(stored.some((row) => row.hash.includes(token))).toBe(false);
  });

  it('marks the cookie Secure when the request came over https', async () => {
    server = await testServer({ customers: 0 });
    // Stands in for a TLS socket: Fastify reads request.protocol from socket.encrypted.
    server.app.addHook('onRequest', (request, _reply, done) => {
      Object.assign(request.raw.socket, { encrypted: true });
      done();
    });
    const res = await signIn(testAdminPassword);
    expect(res.statusCode).toBe(204);
    expect(String(res.headers['set-cookie'])).toContain('Secure');
  });

  it('expires a session after 12 hours', async () => {
    server = await testServer({ customers: 0 });
    const cookie = sessionCookie(await signIn(testAdminPassword));
    server.clock.advance(12 * 3_600_000 - 1000);
    expect(await signedIn(cookie)).toBe(true);
    server.clock.advance(1000);
    expect(await signedIn(cookie)).toBe(false);
    expect(
      (await server.app.inject({ url: apiPaths.hqJobs, headers: { cookie } })).statusCode,
    ).toBe(401);
  });

  it('signs out: 204, the session is gone and the cookie cleared', async () => {
    server = await testServer({ customers: 0 });
    const cookie = sessionCookie(await signIn(testAdminPassword));
    const out = await server.app.inject({
      method: 'DELETE',
      url: apiPaths.hqSession,
      headers: { cookie },
    });
    expect(out.statusCode).toBe(204);
    expect(String(out.headers['set-cookie'])).toMatch(/^hq_session=;.*Expires=Thu, 01 Jan 1970/);
    expect(await signedIn(cookie)).toBe(false);
    expect(
      (await server.app.inject({ url: apiPaths.hqJobs, headers: { cookie } })).statusCode,
    ).toBe(401);
    expect(server.hqDb.prepare('SELECT COUNT(*) AS n FROM admin_sessions').get()).toEqual({ n: 1 });
  });

  it('refuses a wrong password with 401 and sets no cookie', async () => {
    server = await testServer({ customers: 0 });
    const res = await signIn('not-the-password');
    expect(res.statusCode).toBe(401);
    expect(res.json()).toEqual({
      error: 'unauthorized',
      message: 'Wrong password.',
      code: 'wrong-password',
    });
    expect(res.headers['set-cookie']).toBeUndefined();
    expect((await signIn('')).statusCode).toBe(400);
  });

  it('answers 429 after more than 5 failed attempts a minute from one IP, then lets it try again', async () => {
    server = await testServer({ customers: 0 });
    for (let i = 0; i < maxFailedSignIns; i += 1) {
      expect((await signIn(`wrong-${i}`)).statusCode).toBe(401);
    }
    const blocked = await signIn(testAdminPassword);
    expect(blocked.statusCode).toBe(429);
    expect(blocked.headers['retry-after']).toBe('60');
    expect(blocked.json()).toMatchObject({ error: 'too-many-attempts' });
    const elsewhere = await server.app.inject({
      method: 'POST',
      url: apiPaths.hqSession,
      remoteAddress: '10.0.0.9',
      payload: { password: testAdminPassword },
    });
    expect(elsewhere.statusCode).toBe(204);
    server.clock.advance(60_000);
    expect((await signIn(testAdminPassword)).statusCode).toBe(204);
  });

  it('limits a parallel burst of wrong passwords from one IP: at most 5 are checked, the rest get 429', async () => {
    server = await testServer({ customers: 0 });
    const burst = await Promise.all(Array.from({ length: 20 }, (_, i) => signIn(`wrong-${i}`)));
    const statuses = burst.map((res) => res.statusCode);
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(maxFailedSignIns);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(20 - maxFailedSignIns);
    expect(statuses.every((s) => s === 401 || s === 429)).toBe(true);
    const right = await signIn(testAdminPassword);
    expect(right.statusCode).toBe(429);
    expect(right.headers['set-cookie']).toBeUndefined();
  });

  it('bounds the password hashes running at once across IPs: the surplus gets 429 at once', async () => {
    server = await testServer({ customers: 0 });
    const total = hashSlotLimits.running + hashSlotLimits.queued + 6;
    const burst = await Promise.all(
      Array.from({ length: total }, (_, i) =>
        server.app.inject({
          method: 'POST',
          url: apiPaths.hqSession,
          remoteAddress: `10.0.1.${i + 1}`,
          payload: { password: testAdminPassword },
        }),
      ),
    );
    const statuses = burst.map((res) => res.statusCode);
    expect(statuses.filter((s) => s === 204)).toHaveLength(
      hashSlotLimits.running + hashSlotLimits.queued,
    );
    expect(statuses.filter((s) => s === 429)).toHaveLength(6);
    // An attempt refused before its hash ran is not counted against its IP.
    const refusedIp = `10.0.1.${statuses.indexOf(429) + 1}`;
    for (let i = 0; i < maxFailedSignIns; i += 1) {
      const again = await server.app.inject({
        method: 'POST',
        url: apiPaths.hqSession,
        remoteAddress: refusedIp,
        payload: { password: `wrong-${i}` },
      });
      expect(again.statusCode).toBe(401);
    }
  });

  it('forgives a successful sign-in: five good ones leave room for more', async () => {
    server = await testServer({ customers: 0 });
    for (let i = 0; i < maxFailedSignIns + 2; i += 1) {
      expect((await signIn(testAdminPassword)).statusCode).toBe(204);
    }
    expect((await signIn('wrong')).statusCode).toBe(401);
  });

  it('leaves register, real-time and test-control routes to their own rules', async () => {
    server = await testServer({ customers: 0, testControls: true });
    const token = await activate(server);
    expect((await heartbeat(server.app, token)).statusCode).toBe(200);
    const rts = await server.app.inject({
      url: `${apiPaths.realtimeSearch}?q=walk`,
      headers: auth(token),
    });
    expect(rts.statusCode).toBe(200);
    const test = await server.app.inject({
      method: 'POST',
      url: apiPaths.testFaults,
      payload: { uploadFailures: 0, status: 503 },
    });
    expect(test.statusCode).toBe(200);
  });
});
