/**
 * The one place that loads `@peculiar/x509`: it needs `reflect-metadata` first (its ASN.1
 * schemas use decorators) and Node's WebCrypto as its provider. Every TLS module imports x509
 * from here.
 */
import 'reflect-metadata';
import * as x509 from '@peculiar/x509';
import { webcrypto } from 'node:crypto';

x509.cryptoProvider.set(globalThis.crypto);

export { x509 };

/** ECDSA on P-256 with SHA-256: the store CA's and the server's keys and signatures. */
export const ecdsaP256 = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' } as const;

/** A random, positive certificate serial number (hex). */
export function randomSerialNumber(): string {
  const bytes = webcrypto.getRandomValues(new Uint8Array(16));
  bytes[0] = (bytes[0] ?? 0) & 0x7f;
  return Buffer.from(bytes).toString('hex');
}

/** A new extractable ECDSA P-256 key pair. */
export function generateKeys(): Promise<webcrypto.CryptoKeyPair> {
  return webcrypto.subtle.generateKey(ecdsaP256, true, ['sign', 'verify']);
}

/** A private key as PKCS#8 PEM (what Node's tls and `openssl` read). */
export async function privateKeyPem(key: webcrypto.CryptoKey): Promise<string> {
  const der = await webcrypto.subtle.exportKey('pkcs8', key);
  return x509.PemConverter.encode(der, 'PRIVATE KEY');
}

/** Reads a PKCS#8 PEM ECDSA P-256 key pair back (the public half from the certificate). */
export async function importKeyPair(
  keyPem: string,
  cert: x509.X509Certificate,
): Promise<webcrypto.CryptoKeyPair> {
  const der = x509.PemConverter.decodeFirst(keyPem);
  const privateKey = await webcrypto.subtle.importKey('pkcs8', der, ecdsaP256, true, ['sign']);
  const spki = cert.publicKey.rawData;
  const publicKey = await webcrypto.subtle.importKey('spki', spki, ecdsaP256, true, ['verify']);
  return { privateKey, publicKey };
}
