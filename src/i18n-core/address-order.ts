import type { Language } from './languages.ts';

/** The parts of a postal address the apps show and edit. */
export type AddressPart = 'street' | 'city' | 'state' | 'zip' | 'country';

/**
 * The order a language writes an address in: English from the street up ("1-1 Chuo, Tokyo, 13,
 * 100-0001, JPN"); Japanese from the postal code down (〒100-0001 13 Tokyo 1-1 Chuo), as
 * Japanese forms ask for them. The country/region comes last in both.
 */
export function addressPartOrder(language: Language): readonly AddressPart[] {
  return language === 'ja'
    ? ['zip', 'state', 'city', 'street', 'country']
    : ['street', 'city', 'state', 'zip', 'country'];
}

/**
 * The form's rows of address fields in the language's order: the street alone on its own row
 * (it is the longest), the parts before and after it together.
 */
export function addressFieldRows(language: Language): AddressPart[][] {
  const rows: AddressPart[][] = [[]];
  for (const part of addressPartOrder(language)) {
    if (part === 'street') rows.push(['street'], []);
    else rows.at(-1)?.push(part);
  }
  return rows.filter((row) => row.length > 0);
}

/**
 * An address on one line in the language's order: a list in English; in Japanese the postal
 * code after 〒 and the parts separated by spaces.
 */
export function formatAddressLine(
  address: Record<AddressPart, string>,
  language: Language,
  list: (items: readonly string[]) => string,
): string {
  const parts = addressPartOrder(language).flatMap((part) => {
    const value = address[part].trim();
    return value ? [{ part, value }] : [];
  });
  if (language !== 'ja') return list(parts.map((p) => p.value));
  return parts.map(({ part, value }) => (part === 'zip' ? `〒${value}` : value)).join(' ');
}
