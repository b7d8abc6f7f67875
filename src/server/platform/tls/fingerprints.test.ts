import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256Fingerprint, spkiSha256Base64 } from './fingerprints.ts';
import { createStoreCa } from './store-ca.ts';
import { testNow } from './test-names.ts';

describe('fingerprints', async () => {
  const ca = await createStoreCa({ hostname: 'shop-pc', dnsNames: [], now: testNow });
  const pem = ca.cert.toString('pem');

  it('the SHA-256 fingerprint is the hash of the DER, hex pairs joined by colons', () => {
    const hex = createHash('sha256').update(Buffer.from(ca.cert.rawData)).digest('hex');
    expect(sha256Fingerprint(pem)).toBe(hex.toUpperCase().match(/../g)?.join(':'));
    expect(sha256Fingerprint(pem)).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
  });

  it('the SPKI hash is base64 SHA-256 of the SubjectPublicKeyInfo', () => {
    const spki = Buffer.from(ca.cert.publicKey.rawData);
    expect(spkiSha256Base64(pem)).toBe(createHash('sha256').update(spki).digest('base64'));
  });
});
