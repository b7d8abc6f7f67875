import type { webcrypto } from 'node:crypto';
import { nameConstraintsExtension } from './name-constraints.ts';
import { ecdsaP256, generateKeys, randomSerialNumber, x509 } from './x509.ts';

/** A certificate with its key pair: the store CA, or the server's. */
export interface KeyedCertificate {
  cert: x509.X509Certificate;
  keys: webcrypto.CryptoKeyPair;
}

const dayMs = 24 * 60 * 60 * 1000;

/** How long the store CA is valid: ten years (tablets trust it once). */
const storeCaValidityDays = 3650;

/** Certificates start an hour back, for tablets whose clock runs a little behind. */
export const backdateMs = 60 * 60 * 1000;

/** Adds whole days to a date. */
export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * dayMs);
}

/**
 * Makes the store CA (ECDSA P-256): CN "<hostname> Store CA"; basic constraints CA with path
 * length 0 and key usage keyCertSign + cRLSign, both critical; a subject key identifier; and
 * critical name constraints for `dnsNames`, `.local` and the private address ranges.
 */
export async function createStoreCa(options: {
  hostname: string;
  dnsNames: readonly string[];
  now: Date;
}): Promise<KeyedCertificate> {
  const keys = await generateKeys();
  const notBefore = new Date(options.now.getTime() - backdateMs);
  const cert = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: randomSerialNumber(),
    name: [{ CN: [`${options.hostname} Store CA`] }],
    notBefore,
    notAfter: addDays(notBefore, storeCaValidityDays),
    keys,
    signingAlgorithm: ecdsaP256,
    extensions: [
      new x509.BasicConstraintsExtension(true, 0, true),
      new x509.KeyUsagesExtension(
        x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign,
        true,
      ),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
      nameConstraintsExtension(options.dnsNames),
    ],
  });
  return { cert, keys };
}
