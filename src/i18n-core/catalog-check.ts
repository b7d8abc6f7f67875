import type { Catalog } from './catalog.ts';

/** Every string of a catalog by its dotted key ("customers.newCustomer"). */
function flattenCatalog(catalog: Catalog, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(catalog)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flattenCatalog(value, path)) out.set(k, v);
  }
  return out;
}

/** The interpolation placeholders of a string, sorted: "{{count, number}} of {{total}}" → count, total. */
export function placeholdersOf(text: string): string[] {
  return [...text.matchAll(/\{\{\s*(\w+)[^}]*\}\}/g)].map((m) => m[1] ?? '').sort();
}

/**
 * What is wrong with a translation compared with the English catalog: keys missing or extra,
 * empty strings, and placeholders that differ. Empty when all is well.
 */
export function catalogProblems(english: Catalog, other: Catalog): string[] {
  const en = flattenCatalog(english);
  const xx = flattenCatalog(other);
  const problems: string[] = [];
  for (const key of en.keys()) if (!xx.has(key)) problems.push(`missing: ${key}`);
  for (const [key, value] of xx) {
    const source = en.get(key);
    if (source === undefined) problems.push(`extra: ${key}`);
    if (value.trim() === '') problems.push(`empty: ${key}`);
    if (source?.trim() === '') problems.push(`empty in English: ${key}`);
    if (source !== undefined && placeholdersOf(source).join() !== placeholdersOf(value).join()) {
      problems.push(`placeholders differ: ${key}`);
    }
  }
  return problems;
}
