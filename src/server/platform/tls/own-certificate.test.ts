import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hostAllowList } from './https-side.ts';
import { loadOwnCertificate } from './own-certificate.ts';
import { issueServerCertificate } from './server-certificate.ts';
import { createStoreCa } from './store-ca.ts';
import { testNow } from './test-names.ts';
import { generateKeys, privateKeyPem } from './x509.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'pos-own-cert-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('loadOwnCertificate', async () => {
  // A retailer's certificate from its own CA, with the chain after it.
  const theirCa = await createStoreCa({ hostname: 'retailer', dnsNames: [], now: testNow });
  const keys = await generateKeys();
  const names = { dns: ['pos.retailer.example'], ips: [] };
  const cert = await issueServerCertificate({ ca: theirCa, serverKeys: keys, names, now: testNow });
  const certFile = path.join(dir, 'cert.pem');
  const keyFile = path.join(dir, 'key.pem');
  writeFileSync(certFile, cert.toString('pem') + '\n' + theirCa.cert.toString('pem'));
  writeFileSync(keyFile, await privateKeyPem(keys.privateKey));

  it('serves the retailer certificate and key, with no store CA', () => {
    const material = loadOwnCertificate(certFile, keyFile);
    expect(material.caPem).toBeNull();
    expect(material.certificate.serialNumber).toBe(cert.serialNumber);
    expect(material.cert).toContain(theirCa.cert.toString('base64').slice(0, 40));
  });

  it('refuses a key that does not belong to the certificate', async () => {
    const otherKey = path.join(dir, 'other-key.pem');
    writeFileSync(otherKey, await privateKeyPem((await generateKeys()).privateKey));
    expect(() => loadOwnCertificate(certFile, otherKey)).toThrow(/cannot be used together/);
  });

  it('answers to every name of a wildcard certificate, one label deep', async () => {
    const wildcard = await issueServerCertificate({
      ca: theirCa,
      serverKeys: keys,
      names: { dns: ['*.stores.example'], ips: [] },
      now: testNow,
    });
    const wildcardFile = path.join(dir, 'wildcard.pem');
    writeFileSync(wildcardFile, wildcard.toString('pem'));
    const answersTo = hostAllowList(
      { dns: ['till'], ips: [] },
      loadOwnCertificate(wildcardFile, keyFile),
    );
    expect(answersTo('shibuya.stores.example')).toBe(true);
    expect(answersTo('till')).toBe(true);
    expect(answersTo('stores.example')).toBe(false);
    expect(answersTo('a.b.stores.example')).toBe(false);
    expect(answersTo('evilstores.example')).toBe(false);
  });
});
