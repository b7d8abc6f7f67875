import type { MessageCode } from './messages.ts';

/**
 * Characters no field of this API may hold: C0 and C1 control characters (NUL included), the
 * bidirectional embeddings, overrides and isolates that make text display other than it reads
 * ("Trojan Source"), and unpaired surrogates (\p{Cs} in a /u pattern matches only those). Emoji,
 * combining marks and right-to-left scripts are ordinary text.
 */
// eslint-disable-next-line no-control-regex -- control characters are what this pattern finds
const unsafeCharacter = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]|\p{Cs}/u;

/** The message code a field with unsafe text gets (a zod issue message is its code). */
export const unsafeTextMessage = 'unsafe-text' satisfies MessageCode;

/** True when a string is well-formed UTF-16 without the characters above. */
export function isSafeText(text: string): boolean {
  return !unsafeCharacter.test(text);
}

/**
 * The path ("customer.firstName", "records.3.guid") of the first string in a parsed JSON value
 * (keys included) that is not safe text, or null. Walks iteratively, so nesting depth cannot
 * overflow the stack.
 */
export function findUnsafeText(value: unknown): string | null {
  const stack: { value: unknown; path: string }[] = [{ value, path: '' }];
  const join = (base: string, key: string) => (base ? `${base}.${key}` : key);
  for (let item = stack.pop(); item; item = stack.pop()) {
    const current = item.value;
    if (typeof current === 'string') {
      if (!isSafeText(current)) return item.path || '_';
    } else if (Array.isArray(current)) {
      for (let i = current.length - 1; i >= 0; i -= 1) {
        stack.push({ value: current[i] as unknown, path: join(item.path, String(i)) });
      }
    } else if (current !== null && typeof current === 'object') {
      const entries = Object.entries(current);
      if (entries.some(([key]) => !isSafeText(key))) return join(item.path, '_key');
      for (const [key, child] of entries.reverse()) {
        stack.push({ value: child, path: join(item.path, key) });
      }
    }
  }
  return null;
}
