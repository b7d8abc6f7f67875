import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { spkiSha256Base64 } from './fingerprints.ts';
import { certificateNames } from './server-certificate.ts';
import { addDays } from './store-ca.ts';
import { ensureStoreTls, storeTlsPaths } from './store-tls-files.ts';
import { shopPcNames, testNow } from './test-names.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tlsDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'pos-tls-'));
  dirs.push(dir);
  return path.join(dir, 'tls');
}

const ensure = (dir: string, now = testNow, names = shopPcNames) =>
  ensureStoreTls({ dir, hostname: 'shop-pc', names, now });

describe('ensureStoreTls', () => {
  it('makes the CA and the server certificate on first start, keys readable by the owner only', async () => {
    const dir = tlsDir();
    const first = await ensure(dir);
    expect(first).toMatchObject({ caCreated: true, issued: true, leftOut: { dns: [], ips: [] } });
    const files = storeTlsPaths(dir);
    expect(statSync(files.caKey).mode & 0o777).toBe(0o600);
    expect(statSync(files.serverKey).mode & 0o777).toBe(0o600);
    expect(first.material.caPem).toBe(readFileSync(files.caCert, 'utf8'));
    expect(first.material.cert).toBe(readFileSync(files.serverCert, 'utf8'));
    expect(certificateNames(first.material.certificate)).toEqual(shopPcNames);
  });

  it('reuses both on the next start', async () => {
    const dir = tlsDir();
    const first = await ensure(dir);
    const again = await ensure(dir, addDays(testNow, 100));
    expect(again).toMatchObject({ caCreated: false, issued: false });
    expect(again.material).toEqual(first.material);
  });

  it('renews the server certificate (same CA, same key) 30 days before it expires', async () => {
    const dir = tlsDir();
    const first = await ensure(dir);
    const late = addDays(first.material.certificate.notAfter, -29);
    const renewed = await ensure(dir, late);
    expect(renewed).toMatchObject({ caCreated: false, issued: true });
    expect(renewed.material.caPem).toBe(first.material.caPem);
    expect(renewed.material.certificate.notAfter.getTime()).toBeGreaterThan(
      first.material.certificate.notAfter.getTime(),
    );
    expect(spkiSha256Base64(renewed.material.cert)).toBe(spkiSha256Base64(first.material.cert));
  });

  it('renews when the machine gets a new address', async () => {
    const dir = tlsDir();
    await ensure(dir);
    const moved = { ...shopPcNames, ips: ['192.168.1.99', ...shopPcNames.ips] };
    const renewed = await ensure(dir, addDays(testNow, 1), moved);
    expect(renewed.issued).toBe(true);
    expect(certificateNames(renewed.material.certificate).ips).toContain('192.168.1.99');
  });

  it('leaves out what the CA may not sign for (a public address, a later name), once', async () => {
    const dir = tlsDir();
    await ensure(dir);
    const more = {
      dns: ['new-name.example', ...shopPcNames.dns],
      ips: ['192.0.2.2', ...shopPcNames.ips],
    };
    const result = await ensure(dir, testNow, more);
    expect(result).toMatchObject({
      issued: false,
      leftOut: { dns: ['new-name.example'], ips: ['192.0.2.2'] },
    });
    expect(certificateNames(result.material.certificate)).toEqual(shopPcNames);
  });
});
