/**
 * What counts as "this machine" for the server. Browsers treat `localhost`, 127.0.0.0/8 and
 * [::1] as secure contexts over plain http; every other name needs https (see
 * docs/design/tablets-https.md). A request is from loopback only when both its socket's peer
 * and the name it used are loopback: a shop-network name mapped to 127.0.0.1 is the network.
 */

/** The `Host` header without its port, lower-cased; IPv6 keeps its brackets (`[::1]`). */
export function hostName(hostHeader: string | undefined): string {
  const host = (hostHeader ?? '').trim().toLowerCase();
  if (host.startsWith('[')) {
    const end = host.indexOf(']');
    return end === -1 ? host : host.slice(0, end + 1);
  }
  const colon = host.indexOf(':');
  return colon === -1 ? host : host.slice(0, colon);
}

/** True for the names a browser treats as loopback: localhost, 127.0.0.0/8 and [::1]. */
export function isLoopbackName(name: string): boolean {
  return (
    name === 'localhost' ||
    name.endsWith('.localhost') ||
    name === '[::1]' ||
    /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(name)
  );
}

/** True for a socket peer address on loopback (IPv4, IPv6, or IPv4 mapped into IPv6). */
export function isLoopbackAddress(ip: string): boolean {
  return ip === '::1' || /^(::ffff:)?127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(ip);
}

/** True for a bind address that listens on loopback only (what test controls require). */
export function isLoopbackBind(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\./.test(host);
}

/**
 * A request's origin as the server judges it: both the peer and the name must be loopback, and
 * it must not have come through a proxy (a reverse proxy on this machine forwards the network's
 * requests from 127.0.0.1, usually by `localhost`).
 */
export function isLoopbackRequest(request: {
  ip: string;
  headers: { host?: string | undefined; forwarded?: string | undefined } & Record<
    string,
    string | string[] | undefined
  >;
}): boolean {
  const proxied =
    request.headers.forwarded !== undefined || request.headers['x-forwarded-for'] !== undefined;
  return (
    !proxied && isLoopbackAddress(request.ip) && isLoopbackName(hostName(request.headers.host))
  );
}

/**
 * True for a URL another service may be called at with a secret: https, or plain http to this
 * machine (the service credential never crosses the shop or store network in clear).
 */
export function isPrivateLinkUrl(url: string): boolean {
  const parsed = new URL(url);
  return parsed.protocol === 'https:' || isLoopbackName(parsed.hostname.toLowerCase());
}
