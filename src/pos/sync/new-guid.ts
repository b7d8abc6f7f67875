/** The part of `crypto` a GUID is made from (a stand-in in unit tests). */
export type GuidSource = Pick<Crypto, 'getRandomValues'> & Partial<Pick<Crypto, 'randomUUID'>>;

/**
 * A random (version 4) GUID: the temporary ID and idempotency key of an async record (B2, B5).
 * `crypto.randomUUID` exists only in secure contexts; where it is missing the same kind of GUID
 * is made from `crypto.getRandomValues`, which every browser context has (RFC 9562, 5.4).
 */
export function newGuid(source: GuidSource = globalThis.crypto): string {
  if (typeof source.randomUUID === 'function') return source.randomUUID();
  const bytes = source.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40; // version 4
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80; // variant 10xx
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
