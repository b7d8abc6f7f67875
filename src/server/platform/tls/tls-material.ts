import type { x509 } from './x509.ts';

/** What the https listener serves, and what the tablet routes tell about it. */
export interface TlsMaterial {
  /** The server's private key and certificate (PEM), for `https.createServer` / `setSecureContext`. */
  key: string;
  cert: string;
  /** The server certificate, parsed. */
  certificate: x509.X509Certificate;
  /** The store CA certificate (PEM); null with a retailer's own certificate (TLS_CERT). */
  caPem: string | null;
}
