import { isLoopbackName } from '../http/loopback.ts';
import { hostHeaderNames, type MachineNames } from './machine-names.ts';
import { certificateNames } from './server-certificate.ts';
import type { TlsMaterial } from './tls-material.ts';

/**
 * What the app knows of its https side (docs/design/tablets-https.md): the port, whether plain
 * http by a network name is redirected, the names it answers to, and the current certificate.
 */
export interface HttpsSide {
  port: number;
  /** True: plain http whose Host is not a loopback name gets a 308 to https. */
  redirect: boolean;
  /** The certificate being served now (it changes when renewed). */
  material: () => TlsMaterial;
  /** True when a Host header's name (lower-case, IPv6 in brackets) is one of the server's names. */
  answersTo: (name: string) => boolean;
}

/**
 * The names a server answers to: loopback names, the machine's names and addresses, and those in
 * its certificate (a retailer's own certificate may name more).
 */
export function hostAllowList(
  names: MachineNames,
  material: TlsMaterial,
): (name: string) => boolean {
  const allowed = new Set([
    ...hostHeaderNames(names),
    ...hostHeaderNames(certificateNames(material.certificate)),
  ]);
  // A retailer's wildcard certificate (`*.example.com`) covers exactly one more label.
  const wildcardSuffixes = [...allowed].filter((n) => n.startsWith('*.')).map((n) => n.slice(1));
  const coveredByWildcard = (name: string) =>
    wildcardSuffixes.some((suffix) => {
      const label = name.slice(0, -suffix.length);
      return name.endsWith(suffix) && label.length > 0 && !label.includes('.');
    });
  return (name) => isLoopbackName(name) || allowed.has(name) || coveredByWildcard(name);
}

/** An HttpsSide whose material and names never change (tests). */
export function fixedHttpsSide(options: {
  port: number;
  redirect: boolean;
  names: MachineNames;
  material: TlsMaterial;
}): HttpsSide {
  const answersTo = hostAllowList(options.names, options.material);
  return {
    port: options.port,
    redirect: options.redirect,
    material: () => options.material,
    answersTo,
  };
}
