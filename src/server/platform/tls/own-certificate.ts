import { readFileSync } from 'node:fs';
import { createSecureContext } from 'node:tls';
import type { TlsMaterial } from './tls-material.ts';
import { x509 } from './x509.ts';

/**
 * A retailer's own certificate (TLS_CERT, TLS_KEY: PEM files; the certificate file may hold the
 * chain after it). No store CA is made. Throws a readable error when they are unreadable or the
 * key does not belong to the certificate.
 */
export function loadOwnCertificate(certFile: string, keyFile: string): TlsMaterial {
  const cert = readFileSync(certFile, 'utf8');
  const key = readFileSync(keyFile, 'utf8');
  try {
    createSecureContext({ cert, key });
  } catch (error) {
    throw new Error(`TLS_CERT and TLS_KEY cannot be used together: ${String(error)}`, {
      cause: error,
    });
  }
  const first = x509.PemConverter.decodeFirst(cert);
  return { key, cert, certificate: new x509.X509Certificate(first), caPem: null };
}
