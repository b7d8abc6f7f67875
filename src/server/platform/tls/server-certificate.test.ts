import { X509Certificate } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  certificateNames,
  issueServerCertificate,
  needsRenewal,
  serverCertificateValidityDays,
} from './server-certificate.ts';
import { addDays, createStoreCa } from './store-ca.ts';
import { shopPcNames, testNow } from './test-names.ts';
import { generateKeys, x509 } from './x509.ts';

describe('issueServerCertificate', async () => {
  const ca = await createStoreCa({ hostname: 'shop-pc', dnsNames: shopPcNames.dns, now: testNow });
  const serverKeys = await generateKeys();
  const cert = await issueServerCertificate({ ca, serverKeys, names: shopPcNames, now: testNow });
  const nodeCert = new X509Certificate(cert.toString('pem'));

  it('names every name and address as a SAN', () => {
    expect(certificateNames(cert)).toEqual(shopPcNames);
    expect(nodeCert.subjectAltName).toBe(
      'DNS:pos.shop.test, DNS:shop-pc.local, DNS:shop-pc, DNS:localhost, ' +
        'IP Address:192.168.1.20, IP Address:FD00:0:0:0:0:0:0:7, IP Address:127.0.0.1, IP Address:0:0:0:0:0:0:0:1',
    );
    for (const host of shopPcNames.dns) expect(nodeCert.checkHost(host)).toBe(host);
    for (const ip of shopPcNames.ips) expect(nodeCert.checkIP(ip)).toBe(ip);
  });

  it('is for server authentication with a digital signature, not a CA', () => {
    expect(nodeCert.keyUsage).toEqual(['1.3.6.1.5.5.7.3.1']);
    expect(cert.getExtension(x509.KeyUsagesExtension)?.usages).toBe(
      x509.KeyUsageFlags.digitalSignature,
    );
    expect(nodeCert.ca).toBe(false);
  });

  it('is valid for at most 825 days, from now', () => {
    const days = (cert.notAfter.getTime() - cert.notBefore.getTime()) / 86_400_000;
    expect(days).toBeLessThanOrEqual(825);
    expect(days).toBe(serverCertificateValidityDays);
    expect(cert.notBefore.getTime()).toBeLessThanOrEqual(testNow.getTime());
  });

  it('verifies against the store CA and names it as its authority', async () => {
    const nodeCa = new X509Certificate(ca.cert.toString('pem'));
    expect(nodeCert.checkIssued(nodeCa)).toBe(true);
    expect(nodeCert.verify(nodeCa.publicKey)).toBe(true);
    expect(await cert.verify({ publicKey: ca.cert.publicKey, signatureOnly: true })).toBe(true);
    const other = await createStoreCa({ hostname: 'other', dnsNames: [], now: testNow });
    expect(nodeCert.verify(new X509Certificate(other.cert.toString('pem')).publicKey)).toBe(false);
    expect(cert.getExtension(x509.AuthorityKeyIdentifierExtension)?.keyId).toBe(
      ca.cert.getExtension(x509.SubjectKeyIdentifierExtension)?.keyId,
    );
  });
});

describe('needsRenewal', async () => {
  const ca = await createStoreCa({ hostname: 'shop-pc', dnsNames: shopPcNames.dns, now: testNow });
  const cert = await issueServerCertificate({
    ca,
    serverKeys: await generateKeys(),
    names: shopPcNames,
    now: testNow,
  });
  const notAfter = cert.notAfter;

  it.each([
    ['just issued', testNow, false],
    ['31 days before it expires', addDays(notAfter, -31), false],
    ['29 days before it expires', addDays(notAfter, -29), true],
    ['after it expired', addDays(notAfter, 1), true],
  ])('%s: %s', (_label, now, expected) => {
    expect(needsRenewal(cert, shopPcNames, now)).toBe(expected);
  });

  it('when an address changed or a name was added', () => {
    const moved = { ...shopPcNames, ips: ['192.168.1.21', ...shopPcNames.ips.slice(1)] };
    expect(needsRenewal(cert, moved, testNow)).toBe(true);
    const named = { ...shopPcNames, dns: ['till.shop.test', ...shopPcNames.dns] };
    expect(needsRenewal(cert, named, testNow)).toBe(true);
  });

  it('not when an address went away', () => {
    const fewer = { dns: shopPcNames.dns, ips: ['fd00::7', '127.0.0.1'] };
    expect(needsRenewal(cert, fewer, testNow)).toBe(false);
  });
});
