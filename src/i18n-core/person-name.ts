import type { Language } from './languages.ts';

/** Han, kana and the iteration/prolonged-sound marks Japanese names use. */
const japaneseName = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}々〆ー]+$/u;

/**
 * A person's name as the language writes it: "Hanako Yamada" in English; family name first in
 * Japanese, with no space between names written in kanji or kana ("山田花子") and a space
 * otherwise ("Smith John").
 */
export function formatPersonName(firstName: string, lastName: string, language: Language): string {
  const first = firstName.trim();
  const last = lastName.trim();
  if (language === 'en') return [first, last].filter(Boolean).join(' ');
  const separator = japaneseName.test(first) && japaneseName.test(last) ? '' : ' ';
  return [last, first].filter(Boolean).join(separator);
}

/** A customer's name: the person's, in the language's order, or the organization's. */
export function formatCustomerName(
  customer: {
    type: 'person' | 'organization';
    firstName: string;
    lastName: string;
    organizationName: string;
  },
  language: Language,
): string {
  return customer.type === 'person'
    ? formatPersonName(customer.firstName, customer.lastName, language)
    : customer.organizationName;
}
