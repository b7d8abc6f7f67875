import { describe, expect, it } from 'vitest';
import {
  nameConstraintsExtension,
  permittedAddressRanges,
  permittedPart,
  readPermittedNames,
} from './name-constraints.ts';
import { ecdsaP256, generateKeys, x509 } from './x509.ts';

async function caWith(extensions: x509.Extension[]): Promise<x509.X509Certificate> {
  return x509.X509CertificateGenerator.createSelfSigned({
    name: 'CN=Test CA',
    keys: await generateKeys(),
    signingAlgorithm: ecdsaP256,
    extensions,
  });
}

describe('name constraints', () => {
  it('round-trips: the DNS names with .local and the private address ranges, critical', async () => {
    const ca = await caWith([nameConstraintsExtension(['shop-pc', 'localhost'])]);
    expect(ca.getExtension('2.5.29.30')?.critical).toBe(true);
    expect(readPermittedNames(ca)).toEqual({
      dns: ['shop-pc', 'localhost', '.local'],
      ipRanges: [...permittedAddressRanges],
    });
  });

  it('keeps only the names and addresses the constraints permit', () => {
    const permitted = { dns: ['shop-pc', '.local'], ipRanges: ['192.168.0.0/16', 'fe80::/10'] };
    expect(
      permittedPart(
        {
          dns: ['shop-pc', 'a.shop-pc', 'shop-pc.local', 'local', 'example.com', 'xshop-pc'],
          ips: ['192.168.3.4', '192.0.2.2', 'fe80::1', '2001:db8::1'],
        },
        permitted,
      ),
    ).toEqual({ dns: ['shop-pc', 'a.shop-pc', 'shop-pc.local'], ips: ['192.168.3.4', 'fe80::1'] });
  });

  it('permits everything for a CA without constraints', async () => {
    const ca = await caWith([]);
    const names = { dns: ['example.com'], ips: ['192.0.2.2'] };
    expect(permittedPart(names, readPermittedNames(ca))).toEqual(names);
  });
});
