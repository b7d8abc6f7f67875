import { activationFragmentKey } from '../../../contract/activation-fragment.ts';

/**
 * The address a tablet should open by default: the one whose host is the console's own (the
 * administrator reached the server by it, so the shop network likely does too), else the first.
 */
export function defaultAddress(urls: readonly string[], consoleHostname: string): string | null {
  const sameHost = urls.find(
    (url) => URL.canParse(url) && new URL(url).hostname === consoleHostname,
  );
  return sameHost ?? urls[0] ?? null;
}

/** What the QR code carries: the address with the code in its fragment (never sent to a server). */
export function activationUrl(address: string, code: string): string {
  return `${address.replace(/#.*$/, '')}#${activationFragmentKey}=${encodeURIComponent(code)}`;
}
