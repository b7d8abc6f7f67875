import { afterEach, describe, expect, it } from 'vitest';
import { apiPaths } from '../../../contract/api-paths.ts';
import type { FastifyRequest } from 'fastify';
import { isSameOriginRequest } from './origin-check.ts';
import { readSettings } from '../../testing/hq-access.ts';
import { testAdminPassword, testServer, type TestServer } from '../../testing/test-support.ts';

let server: TestServer;
afterEach(async () => {
  await server.app.close();
});

const host = 'pos-store.test:8080';

function signIn(headers: Record<string, string>) {
  return server.app.inject({
    method: 'POST',
    url: apiPaths.hqSession,
    headers: { host, ...headers },
    payload: { password: testAdminPassword },
  });
}

describe('origin check on state-changing HQ calls', () => {
  it.each([
    { headers: { 'sec-fetch-site': 'same-origin' }, status: 204 },
    { headers: { 'sec-fetch-site': 'none' }, status: 204 },
    { headers: { 'sec-fetch-site': 'same-site' }, status: 403 },
    { headers: { 'sec-fetch-site': 'cross-site' }, status: 403 },
    { headers: { origin: `http://${host}` }, status: 204 },
    { headers: { origin: `https://${host}` }, status: 403 },
    { headers: { origin: 'http://evil.example' }, status: 403 },
    { headers: { origin: 'null' }, status: 403 },
    { headers: { 'sec-fetch-site': 'cross-site', origin: `http://${host}` }, status: 403 },
    { headers: {}, status: 204 },
  ])('sign-in with $headers → $status', async ({ headers, status }) => {
    server = await testServer({ customers: 0 });
    const res = await signIn(headers);
    expect(res.statusCode).toBe(status);
    if (status === 403) {
      expect(res.json()).toEqual({
        error: 'cross-origin',
        message: 'Cross-site requests to the HQ console are refused.',
        code: 'cross-origin',
      });
      expect(res.headers['set-cookie']).toBeUndefined();
    }
  });

  it('refuses a cross-site change and sign-out even with a valid session, and allows reads', async () => {
    server = await testServer({ customers: 0 });
    const crossSite = { ...server.admin, 'sec-fetch-site': 'cross-site' };
    const patch = await server.app.inject({
      method: 'PATCH',
      url: apiPaths.hqSettings,
      headers: crossSite,
      payload: { filterSharedCustomerData: true },
    });
    expect(patch.statusCode).toBe(403);
    expect(readSettings(server.hqDb).filterSharedCustomerData).toBe(false);
    const signOut = await server.app.inject({
      method: 'DELETE',
      url: apiPaths.hqSession,
      headers: { ...server.admin, origin: 'http://evil.example' },
    });
    expect(signOut.statusCode).toBe(403);
    const read = await server.app.inject({ url: apiPaths.hqSettings, headers: crossSite });
    expect(read.statusCode).toBe(200);
    const sameOrigin = await server.app.inject({
      method: 'PATCH',
      url: apiPaths.hqSettings,
      headers: { ...server.admin, 'sec-fetch-site': 'same-origin' },
      payload: { filterSharedCustomerData: true },
    });
    expect(sameOrigin.statusCode).toBe(200);
  });

  it('refuses a cross-site change whose path is percent-encoded, and answers it no-store', async () => {
    server = await testServer({ customers: 0 });
    const retire = await server.app.inject({
      method: 'POST',
      url: '/api/h%71/registers/S001-R1/retire',
      headers: { ...server.admin, 'sec-fetch-site': 'cross-site' },
    });
    expect(retire.statusCode).toBe(403);
    expect(retire.headers['cache-control']).toBe('no-store');
    const retired = await server.app.inject({
      url: apiPaths.hqStores,
      headers: server.admin,
    });
    expect(JSON.stringify(retired.json())).not.toContain('"retiredAt":"2');
  });

  it.each([
    { protocol: 'https', origin: `https://${host}`, same: true },
    { protocol: 'https', origin: `http://${host}`, same: false },
    { protocol: 'http', origin: `HTTP://POS-STORE.TEST:8080`, same: true },
    { protocol: 'https', origin: 'https://pos-store.test:8443', same: false },
  ])(
    'compares scheme and host: $origin over $protocol → $same',
    async ({ protocol, origin, same }) => {
      server = await testServer({ customers: 0 });
      const request = { protocol, headers: { host, origin } } as unknown as FastifyRequest;
      expect(isSameOriginRequest(request)).toBe(same);
    },
  );
});
