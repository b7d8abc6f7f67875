import { activationFragmentKey } from '../../../contract/activation-fragment.ts';

/** The activation code a scanned Add a tablet QR code put in the URL (`#activate=…`), if any. */
export function activationCodeFromFragment(hash: string): string | null {
  const code = new URLSearchParams(hash.replace(/^#/, '')).get(activationFragmentKey);
  return code?.trim() ? code.trim() : null;
}

/** Drops the fragment from the address bar and history, so a code never stays there. */
export function removeActivationFragment(): void {
  const { pathname, search } = window.location;
  window.history.replaceState(window.history.state, '', pathname + search);
}
