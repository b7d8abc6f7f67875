import { X509Certificate, createHash } from 'node:crypto';

/** A certificate's SHA-256 fingerprint, hex colon-separated (`AB:CD:…`), to compare by eye. */
export function sha256Fingerprint(certPem: string): string {
  return new X509Certificate(certPem).fingerprint256;
}

/**
 * Base64 of the SHA-256 of a certificate's SubjectPublicKeyInfo: what Chromium's
 * `--ignore-certificate-errors-spki-list` takes to trust that key.
 */
export function spkiSha256Base64(certPem: string): string {
  const spki = new X509Certificate(certPem).publicKey.export({ type: 'spki', format: 'der' });
  return createHash('sha256').update(spki).digest('base64');
}
