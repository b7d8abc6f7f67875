import type { webcrypto } from 'node:crypto';
import { canonicalIp, type MachineNames } from './machine-names.ts';
import { addDays, backdateMs, type KeyedCertificate } from './store-ca.ts';
import { ecdsaP256, randomSerialNumber, x509 } from './x509.ts';

/** The server certificate's validity: 825 days, the most iOS accepts from a private CA. */
export const serverCertificateValidityDays = 825;

/** Renew when the server certificate expires within this many days. */
const renewWithinDays = 30;

/**
 * Issues the server certificate for `names` with the store CA: every name (DNS) and address (IP)
 * as a SAN, EKU serverAuth, key usage digitalSignature, the CA's key identifier, 825 days.
 */
export async function issueServerCertificate(options: {
  ca: KeyedCertificate;
  serverKeys: webcrypto.CryptoKeyPair;
  names: MachineNames;
  now: Date;
}): Promise<x509.X509Certificate> {
  const { ca, names } = options;
  const notBefore = new Date(options.now.getTime() - backdateMs);
  return x509.X509CertificateGenerator.create({
    serialNumber: randomSerialNumber(),
    subject: [{ CN: [names.dns[0] ?? names.ips[0] ?? 'localhost'] }],
    issuer: ca.cert.subjectName,
    notBefore,
    notAfter: addDays(notBefore, serverCertificateValidityDays),
    publicKey: options.serverKeys.publicKey,
    signingKey: ca.keys.privateKey,
    signingAlgorithm: ecdsaP256,
    extensions: [
      new x509.BasicConstraintsExtension(false, undefined, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
      new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.serverAuth]),
      await x509.AuthorityKeyIdentifierExtension.create(ca.cert.publicKey),
      await x509.SubjectKeyIdentifierExtension.create(options.serverKeys.publicKey),
      new x509.SubjectAlternativeNameExtension([
        ...names.dns.map((value) => ({ type: 'dns' as const, value })),
        ...names.ips.map((value) => ({ type: 'ip' as const, value })),
      ]),
    ],
  });
}

/** The DNS names and IP addresses in a certificate's subject alternative names. */
export function certificateNames(cert: x509.X509Certificate): MachineNames {
  const san = cert.getExtension(x509.SubjectAlternativeNameExtension);
  const items = san?.names.items ?? [];
  return {
    dns: items.filter((n) => n.type === 'dns').map((n) => n.value.toLowerCase()),
    ips: items.flatMap((n) => {
      const ip = n.type === 'ip' ? canonicalIp(n.value) : null;
      return ip ? [ip] : [];
    }),
  };
}

/**
 * True when the server certificate must be issued again: it expires within 30 days (or has),
 * or one of the machine's current names or addresses is not in it.
 */
export function needsRenewal(cert: x509.X509Certificate, names: MachineNames, now: Date): boolean {
  if (cert.notAfter.getTime() <= addDays(now, renewWithinDays).getTime()) return true;
  const inCert = certificateNames(cert);
  return (
    names.dns.some((name) => !inCert.dns.includes(name)) ||
    names.ips.some((ip) => !inCert.ips.includes(ip))
  );
}
