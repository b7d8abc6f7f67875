import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { MachineNames } from './machine-names.ts';
import { permittedPart, readPermittedNames } from './name-constraints.ts';
import { issueServerCertificate, needsRenewal } from './server-certificate.ts';
import { createStoreCa, type KeyedCertificate } from './store-ca.ts';
import type { TlsMaterial } from './tls-material.ts';
import { generateKeys, importKeyPair, privateKeyPem, x509 } from './x509.ts';

/** The files of the store's TLS material in `DATA_DIR/tls/`. */
export function storeTlsPaths(dir: string) {
  return {
    caCert: path.join(dir, 'store-ca.crt'),
    caKey: path.join(dir, 'store-ca.key'),
    serverCert: path.join(dir, 'server.crt'),
    serverKey: path.join(dir, 'server.key'),
  };
}

/** What `ensureStoreTls` found or did. */
export interface StoreTlsResult {
  material: TlsMaterial;
  /** A new store CA was made (tablets must trust it). */
  caCreated: boolean;
  /** A new server certificate was issued. */
  issued: boolean;
  /** Names and addresses the CA's name constraints do not cover, so not in the certificate. */
  leftOut: MachineNames;
}

/** Writes a file whole (temporary file, then rename); keys readable by the owner only. */
function writeAtomically(file: string, text: string, mode: number): void {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, text, { mode });
  chmodSync(temporary, mode);
  renameSync(temporary, file);
}

async function readKeyed(certFile: string, keyFile: string): Promise<KeyedCertificate | null> {
  if (!existsSync(certFile) || !existsSync(keyFile)) return null;
  const cert = new x509.X509Certificate(readFileSync(certFile, 'utf8'));
  return { cert, keys: await importKeyPair(readFileSync(keyFile, 'utf8'), cert) };
}

async function writeKeyed(certFile: string, keyFile: string, keyed: KeyedCertificate) {
  writeAtomically(keyFile, await privateKeyPem(keyed.keys.privateKey), 0o600);
  writeAtomically(certFile, keyed.cert.toString('pem'), 0o644);
}

function minus(all: MachineNames, part: MachineNames): MachineNames {
  return {
    dns: all.dns.filter((name) => !part.dns.includes(name)),
    ips: all.ips.filter((ip) => !part.ips.includes(ip)),
  };
}

/**
 * Reuses or makes the store CA and the server certificate in `dir`. The CA is made once (for the
 * DNS names of that day); the server certificate is issued again, with the same key, when it
 * expires within 30 days, names fewer of the machine's names than the CA allows, or was signed
 * by another CA. Names the CA does not cover are left out (and reported) rather than making a
 * certificate no device would accept.
 */
export async function ensureStoreTls(options: {
  dir: string;
  hostname: string;
  names: MachineNames;
  now: Date;
}): Promise<StoreTlsResult> {
  const files = storeTlsPaths(options.dir);
  mkdirSync(options.dir, { recursive: true, mode: 0o700 });

  let ca = await readKeyed(files.caCert, files.caKey);
  const caCreated = ca === null;
  if (!ca) {
    ca = await createStoreCa({
      hostname: options.hostname,
      dnsNames: options.names.dns,
      now: options.now,
    });
    await writeKeyed(files.caCert, files.caKey, ca);
  }
  const names = permittedPart(options.names, readPermittedNames(ca.cert));

  let server = await readKeyed(files.serverCert, files.serverKey);
  const current =
    server !== null &&
    !needsRenewal(server.cert, names, options.now) &&
    (await server.cert.verify({ publicKey: ca.cert.publicKey, signatureOnly: true }));
  if (!server || !current) {
    const serverKeys = server?.keys ?? (await generateKeys());
    const cert = await issueServerCertificate({ ca, serverKeys, names, now: options.now });
    server = { cert, keys: serverKeys };
    await writeKeyed(files.serverCert, files.serverKey, server);
  }
  return {
    material: {
      key: readFileSync(files.serverKey, 'utf8'),
      cert: readFileSync(files.serverCert, 'utf8'),
      certificate: server.cert,
      caPem: readFileSync(files.caCert, 'utf8'),
    },
    caCreated,
    issued: !current,
    leftOut: minus(options.names, names),
  };
}
