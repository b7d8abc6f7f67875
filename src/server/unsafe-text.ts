/**
 * Characters no field of this API may hold: C0 and C1 control characters (NUL included), and the
 * bidirectional embeddings, overrides and isolates that make text display other than it reads
 * ("Trojan Source"). Emoji, combining marks and right-to-left scripts are ordinary text.
 */
function isUnsafeCharCode(code: number): boolean {
  return (
    code <= 0x1f ||
    (code >= 0x7f && code <= 0x9f) ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069)
  );
}

/** The message a field with unsafe text gets. */
export const unsafeTextMessage =
  'Text may not contain control characters, unpaired surrogates or direction overrides.';

/** True when a string is well-formed UTF-16 without the characters above. */
export function isSafeText(text: string): boolean {
  if (!text.isWellFormed()) return false;
  for (let i = 0; i < text.length; i += 1) {
    if (isUnsafeCharCode(text.charCodeAt(i))) return false;
  }
  return true;
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
