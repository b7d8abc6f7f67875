import { X509Certificate } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { apiPaths } from '../../../contract/api-paths.ts';
import { errorBodySchema } from '../../../contract/errors.ts';
import { httpsInfoSchema, tabletSetupSchema } from '../../../contract/tablet-setup.ts';
import { testServer, type TestServer } from '../../testing/test-support.ts';
import { testHttpsPort, testHttpsSide } from '../../platform/tls/test-https-side.ts';

let server: TestServer;
afterEach(async () => {
  await server.app.close();
});

const shopHost = { host: `pos-store.test:${testHttpsPort}` };

describe('public tablet routes', () => {
  it('downloads the store CA as a certificate file', async () => {
    const https = await testHttpsSide();
    server = await testServer({ customers: 0, https });
    const res = await server.app.inject({ url: apiPaths.tabletCaCertificate, headers: shopHost });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/x-x509-ca-cert');
    expect(res.headers['content-disposition']).toBe('attachment; filename="store-ca.crt"');
    expect(res.body).toBe(https.material().caPem);
    expect(new X509Certificate(res.body).ca).toBe(true);
  });

  it('downloads the store CA as an Apple configuration profile', async () => {
    const https = await testHttpsSide();
    server = await testServer({ customers: 0, https });
    const res = await server.app.inject({ url: apiPaths.tabletCaProfile, headers: shopHost });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/x-apple-aspen-config');
    expect(res.headers['content-disposition']).toBe('attachment; filename="store-ca.mobileconfig"');
    const der = new X509Certificate(https.material().caPem ?? '').raw.toString('base64');
    expect(res.body.replace(/\s/g, '')).toContain(der);
    expect(res.body).toContain('<string>com.apple.security.root</string>');
  });

  it('tells the https port', async () => {
    server = await testServer({ customers: 0, https: await testHttpsSide() });
    const res = await server.app.inject({ url: apiPaths.tabletHttps, headers: shopHost });
    expect(res.statusCode).toBe(200);
    expect(httpsInfoSchema.parse(res.json())).toEqual({ httpsPort: testHttpsPort });
  });

  it.each([apiPaths.tabletCaCertificate, apiPaths.tabletCaProfile])(
    "%s answers 404 no-store-ca with the retailer's own certificate",
    async (url) => {
      server = await testServer({ customers: 0, https: await testHttpsSide({ own: true }) });
      const res = await server.app.inject({ url, headers: shopHost });
      expect(res.statusCode).toBe(404);
      expect(errorBodySchema.parse(res.json()).error).toBe('no-store-ca');
    },
  );
});

describe('HQ tablet setup', () => {
  it('needs an admin session', async () => {
    server = await testServer({ customers: 0, https: await testHttpsSide() });
    const res = await server.app.inject({ url: apiPaths.hqTabletSetup });
    expect(res.statusCode).toBe(401);
  });

  it('lists the https addresses a tablet can open, the CA fingerprint and the certificate', async () => {
    const https = await testHttpsSide();
    server = await testServer({ customers: 0, https });
    const res = await server.app.inject({ url: apiPaths.hqTabletSetup, headers: server.admin });
    expect(res.statusCode).toBe(200);
    const setup = tabletSetupSchema.parse(res.json());
    expect(setup).toEqual({
      httpsUrls: [
        'https://pos-store.test:8443/',
        'https://shop-pc.local:8443/',
        'https://shop-pc:8443/',
        'https://192.168.1.20:8443/',
        'https://[fd00::7]:8443/',
      ],
      caFingerprintSha256: new X509Certificate(https.material().caPem ?? '').fingerprint256,
      ownCertificate: false,
      serverCertificate: {
        names: [
          'pos-store.test',
          'shop-pc.local',
          'shop-pc',
          'localhost',
          '192.168.1.20',
          '[fd00::7]',
          '127.0.0.1',
          '[::1]',
        ],
        notAfter: https.material().certificate.notAfter.toISOString(),
      },
    });
  });

  it("says so with the retailer's own certificate", async () => {
    server = await testServer({ customers: 0, https: await testHttpsSide({ own: true }) });
    const res = await server.app.inject({ url: apiPaths.hqTabletSetup, headers: server.admin });
    const setup = tabletSetupSchema.parse(res.json());
    expect(setup).toMatchObject({ ownCertificate: true, caFingerprintSha256: null });
  });
});
