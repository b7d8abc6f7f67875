import type { Language } from './languages.ts';

/** Han, kana and the iteration/prolonged-sound marks Japanese names use. */
const japaneseName = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}々〆ー]+$/u;

/** The order a language writes (and asks for) a person's names: family name first in Japanese. */
export function nameFieldOrder(
  language: Language,
): readonly ['firstName', 'lastName'] | readonly ['lastName', 'firstName'] {
  return language === 'en' ? ['firstName', 'lastName'] : ['lastName', 'firstName'];
}

/**
 * A person's name as the language writes it: "Hanako Yamada" in English; family name first in
 * Japanese, with no space between names written in kanji or kana ("山田花子") and a space
 * otherwise ("Smith John").
 */
export function formatPersonName(firstName: string, lastName: string, language: Language): string {
  const names = { firstName: firstName.trim(), lastName: lastName.trim() };
  const kana = japaneseName.test(names.firstName) && japaneseName.test(names.lastName);
  const separator = language !== 'en' && kana ? '' : ' ';
  return nameFieldOrder(language)
    .map((field) => names[field])
    .filter(Boolean)
    .join(separator);
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
