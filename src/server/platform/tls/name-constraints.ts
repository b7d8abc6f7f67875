import { AsnConvert } from '@peculiar/asn1-schema';
import {
  GeneralName,
  GeneralSubtree,
  GeneralSubtrees,
  NameConstraints,
  id_ce_nameConstraints,
} from '@peculiar/asn1-x509';
import { BlockList } from 'node:net';
import type { MachineNames } from './machine-names.ts';
import { x509 } from './x509.ts';

/**
 * The store CA's X.509 name constraints: it may vouch only for the shop's own names (those the
 * machine had when the CA was made, and anything under `.local`) and for private and loopback
 * addresses, so its key could not impersonate any other site to a tablet that trusts it.
 */

/** The address ranges the store CA may sign for: private, loopback and link-local. */
export const permittedAddressRanges = [
  '10.0.0.0/8',
  '172.16.0.0/12',
  '192.168.0.0/16',
  '127.0.0.0/8',
  '169.254.0.0/16',
  'fc00::/7',
  'fe80::/10',
  '::1/128',
] as const;

/** The DNS suffix every CA also permits: mDNS names on the shop network. */
const permittedLocalSuffix = '.local';

/** The critical name-constraints extension for a CA made for these DNS names. */
export function nameConstraintsExtension(dnsNames: readonly string[]): x509.Extension {
  const dns = [...new Set([...dnsNames, permittedLocalSuffix])];
  const subtrees = [
    ...dns.map((dNSName) => new GeneralName({ dNSName })),
    ...permittedAddressRanges.map((iPAddress) => new GeneralName({ iPAddress })),
  ].map((base) => new GeneralSubtree({ base }));
  const constraints = new NameConstraints({ permittedSubtrees: new GeneralSubtrees(subtrees) });
  return new x509.Extension(id_ce_nameConstraints, true, AsnConvert.serialize(constraints));
}

/** What a CA's name constraints permit: DNS names (suffix rules) and IP ranges. */
export interface PermittedNames {
  dns: string[];
  ipRanges: string[];
}

/** Reads the permitted subtrees back from a CA certificate; null when it has no constraints. */
export function readPermittedNames(ca: x509.X509Certificate): PermittedNames | null {
  const extension = ca.getExtension(id_ce_nameConstraints);
  if (!extension) return null;
  const constraints = AsnConvert.parse(extension.value, NameConstraints);
  const bases = (constraints.permittedSubtrees ?? []).map((subtree) => subtree.base);
  return {
    dns: bases.flatMap((base) => (base.dNSName === undefined ? [] : [base.dNSName])),
    ipRanges: bases.flatMap((base) => (base.iPAddress === undefined ? [] : [base.iPAddress])),
  };
}

function dnsPermitted(name: string, constraint: string): boolean {
  if (constraint.startsWith('.')) return name.endsWith(constraint);
  return name === constraint || name.endsWith(`.${constraint}`);
}

/**
 * The part of `names` a CA with these constraints may sign for (RFC 5280 §4.2.1.10). A name
 * outside them would make the whole certificate fail to verify, so it is left out.
 */
export function permittedPart(names: MachineNames, permitted: PermittedNames | null): MachineNames {
  if (!permitted) return names;
  const ranges = new BlockList();
  for (const range of permitted.ipRanges) {
    const [network = '', prefix = ''] = range.split('/');
    ranges.addSubnet(network, Number(prefix), network.includes(':') ? 'ipv6' : 'ipv4');
  }
  return {
    dns: names.dns.filter((name) => permitted.dns.some((c) => dnsPermitted(name, c))),
    ips: names.ips.filter((ip) => ranges.check(ip, ip.includes(':') ? 'ipv6' : 'ipv4')),
  };
}
