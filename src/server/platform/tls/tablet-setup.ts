import type { TabletSetup } from '../../../contract/tablet-setup.ts';
import { isLoopbackName } from '../http/loopback.ts';
import { sha256Fingerprint } from './fingerprints.ts';
import { hostHeaderNames } from './machine-names.ts';
import { certificateNames } from './server-certificate.ts';
import type { TlsMaterial } from './tls-material.ts';

/** `https://<name>[:port]/` (no port for 443). */
function httpsUrl(hostHeaderName: string, port: number): string {
  return `https://${hostHeaderName}${port === 443 ? '' : `:${port}`}/`;
}

/**
 * What the Add a tablet page shows: an https address for every name and address in the server
 * certificate except the loopback ones (a tablet cannot reach the server as `localhost`), DNS
 * names first in the certificate's order (TLS_NAMES, `<hostname>.local`, the hostname), then
 * addresses; the store CA's fingerprint; and the certificate's names and expiry.
 */
export function tabletSetup(material: TlsMaterial, httpsPort: number): TabletSetup {
  const names = hostHeaderNames(certificateNames(material.certificate));
  return {
    httpsUrls: names
      .filter((name) => !isLoopbackName(name) && !name.includes('*'))
      .map((name) => httpsUrl(name, httpsPort)),
    caFingerprintSha256: material.caPem === null ? null : sha256Fingerprint(material.caPem),
    ownCertificate: material.caPem === null,
    serverCertificate: { names, notAfter: material.certificate.notAfter.toISOString() },
  };
}
