import { afterEach, describe, expect, it } from 'vitest';
import { apiPaths } from '../../../contract/api-paths.ts';
import { adminSessionSchema, defaultAdminPassword } from '../../../contract/hq-admin.ts';
import { resetAdminPassword } from '../admin-password-service.ts';
import { testAdminPassword, testServer, type TestServer } from '../../testing/test-support.ts';
import { errorBodySchema } from '../../../contract/errors.ts';
import { englishText, readMessage } from '../../../contract/messages.ts';

let server: TestServer;
afterEach(async () => {
  await server.app.close();
});

const newPassword = 'a-long-new-password';
/** A tablet on the shop network, and the server machine reached by a shop-network name. */
const network = [
  {
    label: 'a tablet on the shop network',
    remoteAddress: '192.168.1.23',
    host: '192.168.1.10:8080',
  },
  {
    label: 'a shop-network name mapped to 127.0.0.1',
    remoteAddress: '127.0.0.1',
    host: 'pos-store.test:8080',
  },
];

function signIn(password: string, from: { remoteAddress?: string; host?: string } = {}) {
  return server.app.inject({
    method: 'POST',
    url: apiPaths.hqSession,
    remoteAddress: from.remoteAddress ?? '127.0.0.1',
    headers: { host: from.host ?? 'localhost:8080' },
    payload: { password },
  });
}

function cookieOf(res: Awaited<ReturnType<typeof signIn>>): string {
  const cookie = res.cookies.find((c) => c.name === 'hq_session');
  if (!cookie) throw new Error(`no session cookie (${res.statusCode} ${res.body})`);
  return `hq_session=${cookie.value}`;
}

async function session(cookie: string) {
  const res = await server.app.inject({ url: apiPaths.hqSession, headers: { cookie } });
  return adminSessionSchema.parse(res.json());
}

function changePassword(cookie: string, body: { currentPassword: string; newPassword: string }) {
  return server.app.inject({
    method: 'PUT',
    url: apiPaths.hqPassword,
    headers: { cookie },
    payload: body,
  });
}

describe('the default HQ password', () => {
  it.each(network)('refuses a sign-in from $label with 403 default-password', async (from) => {
    server = await testServer({ customers: 0, defaultPassword: true });
    for (const password of [defaultAdminPassword, 'any-other-guess']) {
      const res = await signIn(password, from);
      expect(res.statusCode).toBe(403);
      expect(res.json()).toEqual({
        error: 'default-password',
        message:
          'The HQ console still has its default password, so it cannot be signed in to from another device. On the server machine, sign in at http://localhost:8080/hq/ and choose a new password, or set HQ_ADMIN_PASSWORD.',
        code: 'default-password',
        values: { url: 'http://localhost:8080/hq/' },
      });
      expect(res.headers['set-cookie']).toBeUndefined();
    }
  });

  it('signs in from loopback, then asks for a new password before anything else', async () => {
    server = await testServer({ customers: 0, defaultPassword: true });
    const res = await signIn(defaultAdminPassword);
    expect(res.statusCode).toBe(204);
    const cookie = cookieOf(res);
    expect(await session(cookie)).toEqual({ signedIn: true, mustChangePassword: true });
    for (const route of [
      { method: 'GET' as const, url: apiPaths.hqStores },
      {
        method: 'PATCH' as const,
        url: apiPaths.hqSettings,
        payload: { filterSharedCustomerData: true },
      },
    ]) {
      const refused = await server.app.inject({ ...route, headers: { cookie } });
      expect(refused.statusCode).toBe(403);
      expect(refused.json()).toMatchObject({ error: 'password-change-required' });
    }
  });

  it.each([
    { newPassword: 'short-11ch', field: 'newPassword', message: 'Use at least 12 characters.' },
    {
      newPassword: defaultAdminPassword,
      field: 'newPassword',
      message: 'Use at least 12 characters.',
    },
    { newPassword: 'x'.repeat(201), field: 'newPassword', message: 'At most 200 characters.' },
  ])(
    'refuses a new password that is too weak ($message)',
    async ({ newPassword: weak, field, message }) => {
      server = await testServer({ customers: 0, defaultPassword: true });
      const cookie = cookieOf(await signIn(defaultAdminPassword));
      const res = await changePassword(cookie, {
        currentPassword: defaultAdminPassword,
        newPassword: weak,
      });
      expect(res.statusCode).toBe(400);
      const body = errorBodySchema.parse(res.json());
      expect(body.error).toBe('validation');
      expect(englishText(readMessage(body.fields?.[field]))).toBe(message);
      expect(await session(cookie)).toEqual({ signedIn: true, mustChangePassword: true });
    },
  );

  it('refuses a change with the wrong current password', async () => {
    server = await testServer({ customers: 0, defaultPassword: true });
    const cookie = cookieOf(await signIn(defaultAdminPassword));
    const res = await changePassword(cookie, { currentPassword: 'not-it', newPassword });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ fields: { currentPassword: { code: 'wrong-password' } } });
  });

  it('refuses a change without a session', async () => {
    server = await testServer({ customers: 0, defaultPassword: true });
    const res = await changePassword('hq_session=forged', {
      currentPassword: defaultAdminPassword,
      newPassword,
    });
    expect(res.statusCode).toBe(401);
  });

  it('stores the chosen password as a hash, ends every session and opens the network to it', async () => {
    server = await testServer({ customers: 0, defaultPassword: true });
    const other = cookieOf(await signIn(defaultAdminPassword));
    const cookie = cookieOf(await signIn(defaultAdminPassword));
    const res = await changePassword(cookie, {
      currentPassword: defaultAdminPassword,
      newPassword,
    });
    expect(res.statusCode).toBe(204);
    const renewed = cookieOf(res);
    expect(renewed).not.toBe(cookie);
    expect(await session(cookie)).toEqual({ signedIn: false, mustChangePassword: false });
    expect(await session(other)).toEqual({ signedIn: false, mustChangePassword: false });
    expect(await session(renewed)).toEqual({ signedIn: true, mustChangePassword: false });
    expect(
      (await server.app.inject({ url: apiPaths.hqStores, headers: { cookie: renewed } }))
        .statusCode,
    ).toBe(200);

    const row = server.hqDb.prepare('SELECT salt, hash FROM admin_password').get() as {
      salt: Buffer;
      hash: Buffer;
    };
    expect(row.hash).toHaveLength(64);
    expect(row.hash.toString('latin1')).not.toContain(newPassword);

    for (const from of network) {
      expect((await signIn(defaultAdminPassword, from)).statusCode).toBe(401);
      expect((await signIn(newPassword, from)).statusCode).toBe(204);
    }
  });

  it('lets the administrator change it again later; the chosen one wins over HQ_ADMIN_PASSWORD', async () => {
    server = await testServer({ customers: 0 });
    const cookie = cookieOf(await signIn(testAdminPassword));
    expect(await session(cookie)).toEqual({ signedIn: true, mustChangePassword: false });
    const res = await changePassword(cookie, { currentPassword: testAdminPassword, newPassword });
    expect(res.statusCode).toBe(204);
    expect((await signIn(testAdminPassword)).statusCode).toBe(401);
    expect((await signIn(newPassword)).statusCode).toBe(204);
  });

  it('is back after npm run reset-hq-password forgets the chosen one, and every session ends', async () => {
    server = await testServer({ customers: 0, defaultPassword: true });
    const cookie = cookieOf(await signIn(defaultAdminPassword));
    const changed = await changePassword(cookie, {
      currentPassword: defaultAdminPassword,
      newPassword,
    });
    const renewed = cookieOf(changed);
    expect(resetAdminPassword(server.hqDb)).toBe(true);
    expect(await session(renewed)).toEqual({ signedIn: false, mustChangePassword: false });
    expect((await signIn(newPassword)).statusCode).toBe(401);
    expect((await signIn(defaultAdminPassword, { remoteAddress: '192.168.1.23' })).statusCode).toBe(
      403,
    );
    const again = cookieOf(await signIn(defaultAdminPassword));
    expect(await session(again)).toEqual({ signedIn: true, mustChangePassword: true });
    expect(resetAdminPassword(server.hqDb)).toBe(false);
  });
});
