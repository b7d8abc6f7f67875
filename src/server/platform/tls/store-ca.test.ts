import { X509Certificate } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { permittedAddressRanges, readPermittedNames } from './name-constraints.ts';
import { createStoreCa } from './store-ca.ts';
import { shopPcNames, testNow } from './test-names.ts';
import { x509 } from './x509.ts';

describe('createStoreCa', async () => {
  const ca = await createStoreCa({ hostname: 'shop-pc', dnsNames: shopPcNames.dns, now: testNow });

  it('is a CA named after the host, path length 0, critical', () => {
    expect(ca.cert.subject).toBe('CN=shop-pc Store CA');
    const constraints = ca.cert.getExtension(x509.BasicConstraintsExtension);
    expect(constraints).toMatchObject({ ca: true, pathLength: 0, critical: true });
    expect(new X509Certificate(ca.cert.toString('pem')).ca).toBe(true);
  });

  it('may only sign certificates and CRLs (critical key usage) and has a key identifier', () => {
    const usage = ca.cert.getExtension(x509.KeyUsagesExtension);
    expect(usage?.critical).toBe(true);
    expect(usage?.usages).toBe(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign);
    expect(ca.cert.getExtension(x509.SubjectKeyIdentifierExtension)?.keyId).toMatch(
      /^[0-9a-f]{40}$/,
    );
  });

  it('carries critical name constraints: the machine names, .local and the private ranges', () => {
    expect(ca.cert.getExtension('2.5.29.30')?.critical).toBe(true);
    expect(readPermittedNames(ca.cert)).toEqual({
      dns: [...shopPcNames.dns, '.local'],
      ipRanges: [...permittedAddressRanges],
    });
  });

  it('is ECDSA P-256, self-signed, valid for ten years', async () => {
    expect(ca.cert.publicKey.algorithm).toMatchObject({ name: 'ECDSA', namedCurve: 'P-256' });
    expect(await ca.cert.verify({ signatureOnly: true })).toBe(true);
    const years = (ca.cert.notAfter.getTime() - ca.cert.notBefore.getTime()) / (365 * 86_400_000);
    expect(years).toBeCloseTo(10, 1);
    expect(ca.cert.notBefore.getTime()).toBeLessThanOrEqual(testNow.getTime());
  });
});
