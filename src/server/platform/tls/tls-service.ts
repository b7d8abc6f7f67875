import type { ServerEnv } from '../env.ts';
import { hostAllowList, type HttpsSide } from './https-side.ts';
import {
  machineNames,
  osNameSources,
  type MachineNameSources,
  type MachineNames,
} from './machine-names.ts';
import { loadOwnCertificate } from './own-certificate.ts';
import { ensureStoreTls } from './store-tls-files.ts';
import type { TlsMaterial } from './tls-material.ts';
import path from 'node:path';

/** What one check of the names and the certificate found. */
export interface TlsCheck {
  /** A new store CA was made: every tablet must trust it. */
  caCreated: boolean;
  /** A new server certificate is being served. */
  issued: boolean;
  /** Names and addresses the store CA may not sign for, so the certificate leaves them out. */
  leftOut: MachineNames;
}

/** The https side of a running server, which renews its certificate when `check` says so. */
export interface TlsService extends HttpsSide {
  /** Looks at the machine's names and the certificate's expiry again; issues a new one if needed. */
  check(now: Date): Promise<TlsCheck>;
  /** Where the store CA and certificate live (DATA_DIR/tls), or null with TLS_CERT. */
  dir: string | null;
}

type TlsEnv = Pick<
  ServerEnv,
  'DATA_DIR' | 'TLS_NAMES' | 'TLS_CERT' | 'TLS_KEY' | 'HTTPS_PORT' | 'HTTP_REDIRECT'
>;

/**
 * Loads the retailer's own certificate (TLS_CERT, TLS_KEY) or makes/reuses the store CA and
 * server certificate in DATA_DIR/tls, and keeps the Host allow-list in step with the names.
 */
export async function openTls(options: {
  env: TlsEnv;
  now: Date;
  sources?: MachineNameSources;
}): Promise<{ service: TlsService; initial: TlsCheck }> {
  const { env } = options;
  const sources = options.sources ?? osNameSources;
  const dir = env.TLS_CERT ? null : path.join(env.DATA_DIR, 'tls');
  let names = machineNames(env.TLS_NAMES, sources);
  let material: TlsMaterial;
  let answersTo: (name: string) => boolean;

  async function check(now: Date): Promise<TlsCheck> {
    names = machineNames(env.TLS_NAMES, sources);
    let result: TlsCheck = { caCreated: false, issued: false, leftOut: { dns: [], ips: [] } };
    if (dir === null) {
      material ??= loadOwnCertificate(env.TLS_CERT ?? '', env.TLS_KEY ?? '');
    } else {
      const ensured = await ensureStoreTls({ dir, hostname: sources.hostname(), names, now });
      material = ensured.material;
      result = { caCreated: ensured.caCreated, issued: ensured.issued, leftOut: ensured.leftOut };
    }
    answersTo = hostAllowList(names, material);
    return result;
  }

  const initial = await check(options.now);
  const service: TlsService = {
    port: env.HTTPS_PORT,
    redirect: env.HTTP_REDIRECT === 'on',
    dir,
    material: () => material,
    answersTo: (name) => answersTo(name),
    check,
  };
  return { service, initial };
}
