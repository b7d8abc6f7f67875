import { afterEach, describe, expect, it } from 'vitest';
import { apiPaths } from '../../../contract/api-paths.ts';
import { errorBodySchema } from '../../../contract/errors.ts';
import { testServer, type TestServer } from '../../testing/test-support.ts';
import { testHttpsSide } from '../tls/test-https-side.ts';

let server: TestServer;
afterEach(async () => {
  await server.app.close();
});

describe('Host allow-list', () => {
  it.each([
    'localhost:8080',
    '127.0.0.1:8080',
    '[::1]:8080',
    'pos-store.test:8443',
    'shop-pc.local:8443',
    'SHOP-PC:8443',
    '192.168.1.20:8443',
    '[fd00::7]:8443',
  ])('answers Host %s', async (host) => {
    server = await testServer({ customers: 0, https: await testHttpsSide({ redirect: false }) });
    const res = await server.app.inject({ url: apiPaths.hqSession, headers: { host } });
    expect(res.statusCode).toBe(200);
  });

  it.each(['attacker.example', 'attacker.example:8443', '192.168.1.99', '[fd00::8]'])(
    'refuses Host %j with 421 unknown-host (DNS rebinding)',
    async (host) => {
      server = await testServer({ customers: 0, https: await testHttpsSide() });
      const res = await server.app.inject({ url: apiPaths.hqSession, headers: { host } });
      expect(res.statusCode).toBe(421);
      expect(errorBodySchema.parse(res.json()).error).toBe('unknown-host');
    },
  );

  it('refuses an unknown Host before any route, a public one included', async () => {
    server = await testServer({ customers: 0, https: await testHttpsSide() });
    const res = await server.app.inject({
      url: apiPaths.tabletCaCertificate,
      headers: { host: 'attacker.example' },
    });
    expect(res.statusCode).toBe(421);
  });

  it('answers any Host when the app has no https side (unit tests)', async () => {
    server = await testServer({ customers: 0 });
    const res = await server.app.inject({
      url: apiPaths.hqSession,
      headers: { host: 'attacker.example' },
    });
    expect(res.statusCode).toBe(200);
  });
});
