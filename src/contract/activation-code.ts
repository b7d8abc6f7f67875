/**
 * Activation codes (issue 11): 8 characters of Crockford's base32, shown `ABCD-EFGH`. People
 * read them off a screen and type them, so input is forgiving: any case, with or without the
 * dash or spaces, and I/L read as 1, O as 0 (Crockford's rule).
 */

/** Crockford's base32 alphabet: no I, L, O or U. */
export const crockfordAlphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Characters in a code (40 bits). */
export const activationCodeLength = 8;

/** How long a code is valid after HQ issues it. */
export const activationCodeLifetimeMs = 15 * 60_000;

/**
 * The canonical form of a typed or scanned code (8 characters, no dash), or null when it cannot
 * be one.
 */
export function normalizeActivationCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s-]/g, '').replace(/[IL]/g, '1').replace(/O/g, '0');
  if (code.length !== activationCodeLength) return null;
  return [...code].every((c) => crockfordAlphabet.includes(c)) ? code : null;
}

/** A canonical code as people read it: `ABCD-EFGH`. */
export function formatActivationCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}
