import type { NetworkInterfaceInfo } from 'node:os';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readEnv } from '../env.ts';
import { certificateNames } from './server-certificate.ts';
import { addDays, createStoreCa } from './store-ca.ts';
import { issueServerCertificate } from './server-certificate.ts';
import { testNow } from './test-names.ts';
import { openTls } from './tls-service.ts';
import { generateKeys, privateKeyPem } from './x509.ts';

const dataDir = mkdtempSync(path.join(tmpdir(), 'pos-tls-service-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function lan(address: string): NetworkInterfaceInfo {
  return { address, family: 'IPv4', netmask: '', mac: '', internal: false, cidr: null };
}

describe('openTls', () => {
  it('answers to the machine names, and follows a new address on the next check', async () => {
    let address = '192.168.1.20';
    const sources = {
      hostname: () => 'shop-pc',
      networkInterfaces: () => ({ eth0: [lan(address)] }),
    };
    const env = readEnv({ DATA_DIR: dataDir, TLS_NAMES: 'pos-store.test', HTTPS_PORT: '9443' });
    const { service, initial } = await openTls({ env, now: testNow, sources });
    expect(initial).toMatchObject({ caCreated: true, issued: true });
    expect(service).toMatchObject({ port: 9443, redirect: true, dir: path.join(dataDir, 'tls') });
    for (const name of [
      'pos-store.test',
      'shop-pc',
      'shop-pc.local',
      '192.168.1.20',
      'localhost',
      '[::1]',
      '127.0.0.2',
    ]) {
      expect(service.answersTo(name), name).toBe(true);
    }
    expect(service.answersTo('evil.example')).toBe(false);
    expect(service.answersTo('192.168.1.21')).toBe(false);

    address = '192.168.1.21';
    expect(await service.check(addDays(testNow, 1))).toMatchObject({
      caCreated: false,
      issued: true,
    });
    expect(certificateNames(service.material().certificate).ips).toContain('192.168.1.21');
    expect(service.answersTo('192.168.1.21')).toBe(true);
    expect(await service.check(addDays(testNow, 2))).toMatchObject({ issued: false });
  });

  it("serves the retailer's own certificate and answers to the names in it", async () => {
    const ca = await createStoreCa({ hostname: 'retailer', dnsNames: [], now: testNow });
    const keys = await generateKeys();
    const names = { dns: ['pos.retailer.example'], ips: [] };
    const cert = await issueServerCertificate({ ca, serverKeys: keys, names, now: testNow });
    const certFile = path.join(dataDir, 'own.crt');
    const keyFile = path.join(dataDir, 'own.key');
    writeFileSync(certFile, cert.toString('pem'));
    writeFileSync(keyFile, await privateKeyPem(keys.privateKey));
    const env = readEnv({
      DATA_DIR: dataDir,
      TLS_CERT: certFile,
      TLS_KEY: keyFile,
      HTTP_REDIRECT: 'off',
    });
    const sources = { hostname: () => 'shop-pc', networkInterfaces: () => ({}) };
    const { service, initial } = await openTls({ env, now: testNow, sources });
    expect(initial).toMatchObject({ caCreated: false, issued: false });
    expect(service).toMatchObject({ dir: null, redirect: false });
    expect(service.material().caPem).toBeNull();
    expect(service.material().certificate.serialNumber).toBe(cert.serialNumber);
    expect(service.answersTo('pos.retailer.example')).toBe(true);
    expect(service.answersTo('shop-pc')).toBe(true);
  });
});
