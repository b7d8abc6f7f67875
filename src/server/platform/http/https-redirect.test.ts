import { afterEach, describe, expect, it } from 'vitest';
import { apiPaths } from '../../../contract/api-paths.ts';
import { testServer, type TestServer } from '../../testing/test-support.ts';
import { testHttpsSide } from '../tls/test-https-side.ts';

let server: TestServer;
afterEach(async () => {
  await server.app.close();
});

describe('redirect to https', () => {
  it.each([
    [
      'pos-store.test:8080',
      '/customers/new?from=qr',
      'https://pos-store.test:8443/customers/new?from=qr',
    ],
    ['shop-pc.local', '/', 'https://shop-pc.local:8443/'],
    ['192.168.1.20:8080', '/hq/', 'https://192.168.1.20:8443/hq/'],
    ['[fd00::7]:8080', '/api/hq/session', 'https://[fd00::7]:8443/api/hq/session'],
  ])('plain http by %s to %s → 308 %s', async (host, url, location) => {
    server = await testServer({ customers: 0, https: await testHttpsSide() });
    const res = await server.app.inject({ method: 'POST', url, headers: { host } });
    expect(res.statusCode).toBe(308);
    expect(res.headers.location).toBe(location);
  });

  it.each(['localhost:8080', '127.0.0.1:8080', '[::1]:8080'])(
    'serves plain http by the loopback name %s',
    async (host) => {
      server = await testServer({ customers: 0, https: await testHttpsSide() });
      const res = await server.app.inject({ url: apiPaths.hqSession, headers: { host } });
      expect(res.statusCode).toBe(200);
    },
  );

  it.each([
    apiPaths.tabletCaCertificate,
    apiPaths.tabletHttps,
    '/tablet/',
    '/tablet',
    '/healthz',
    '/readyz',
  ])(
    'serves %s over plain http by a network name (a tablet needs it before it trusts the CA)',
    async (url) => {
      server = await testServer({ customers: 0, https: await testHttpsSide() });
      const res = await server.app.inject({ url, headers: { host: 'pos-store.test:8080' } });
      expect(res.statusCode).not.toBe(308);
    },
  );

  it('is off with HTTP_REDIRECT=off', async () => {
    server = await testServer({ customers: 0, https: await testHttpsSide({ redirect: false }) });
    const res = await server.app.inject({
      url: apiPaths.hqSession,
      headers: { host: 'pos-store.test:8080' },
    });
    expect(res.statusCode).toBe(200);
  });
});
