import { isIP } from 'node:net';
import os from 'node:os';

/**
 * The names and addresses this machine answers to (docs/design/tablets-https.md): what goes into
 * the server certificate and the Host allow-list.
 */
export interface MachineNames {
  /** DNS names, lower-case: TLS_NAMES, `<hostname>.local`, the hostname, then `localhost`. */
  dns: string[];
  /** IP addresses in canonical text (IPv6 compressed, no brackets): IPv4, IPv6, then loopback. */
  ips: string[];
}

/** Where the names come from; tests pass their own. */
export interface MachineNameSources {
  hostname: () => string;
  networkInterfaces: () => NodeJS.Dict<os.NetworkInterfaceInfo[]>;
}

/** The running machine's hostname and network interfaces. */
export const osNameSources: MachineNameSources = {
  hostname: () => os.hostname(),
  networkInterfaces: () => os.networkInterfaces(),
};

/** An IP address in one spelling (IPv6 as RFC 5952 compresses it), or null when it is not one. */
export function canonicalIp(text: string): string | null {
  const bare = text.startsWith('[') && text.endsWith(']') ? text.slice(1, -1) : text;
  switch (isIP(bare)) {
    case 4:
      return bare;
    case 6:
      return new URL(`http://[${bare}]/`).hostname.slice(1, -1);
    default:
      return null;
  }
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

/**
 * Every name and address the machine answers to: `extra` (TLS_NAMES; an address there counts as
 * an address), the hostname and `<hostname>.local` (its first label, as mDNS announces it), every
 * non-loopback interface address, and `localhost`, `127.0.0.1`, `::1`.
 */
export function machineNames(
  extra: readonly string[],
  sources: MachineNameSources = osNameSources,
): MachineNames {
  const hostname = sources.hostname().trim().toLowerCase().replace(/\.$/, '');
  const shortName = hostname.split('.')[0] ?? '';
  const dns: string[] = [];
  const ips: string[] = [];
  for (const name of extra) {
    const ip = canonicalIp(name);
    if (ip) ips.push(ip);
    else dns.push(name.toLowerCase());
  }
  if (shortName && shortName !== 'localhost') dns.push(`${shortName}.local`, hostname);
  dns.push('localhost');

  const addresses = Object.values(sources.networkInterfaces())
    .flatMap((infos) => infos ?? [])
    .filter((info) => !info.internal);
  for (const family of ['IPv4', 'IPv6'] as const) {
    for (const info of addresses) {
      const ip = info.family === family ? canonicalIp(info.address) : null;
      if (ip && !isLoopbackIp(ip)) ips.push(ip);
    }
  }
  ips.push('127.0.0.1', '::1');
  return { dns: unique(dns), ips: unique(ips) };
}

function isLoopbackIp(ip: string): boolean {
  return ip === '::1' || ip.startsWith('127.');
}

/** The names as they appear in a `Host` header: IPv6 in brackets. */
export function hostHeaderNames(names: MachineNames): string[] {
  return [...names.dns, ...names.ips.map((ip) => (ip.includes(':') ? `[${ip}]` : ip))];
}
