import { englishMessages, type MessageCode } from '../contract/messages.ts';
import { placeholdersOf } from './catalog-check.ts';

const codes = Object.keys(englishMessages) as MessageCode[];

/**
 * What is wrong with an app's message catalog compared with the contract's codes: codes
 * missing or extra, empty words, and placeholders that differ from the English. Empty when
 * all is well.
 */
export function messageCatalogProblems(messages: Readonly<Record<string, string>>): string[] {
  const problems: string[] = [];
  for (const code of codes) {
    const words = messages[code];
    if (typeof words !== 'string' || words.trim() === '') problems.push(`missing: ${code}`);
    else if (placeholdersOf(words).join() !== placeholdersOf(englishMessages[code]).join()) {
      problems.push(`placeholders: ${code}`);
    }
  }
  for (const code of Object.keys(messages)) {
    if (!(code in englishMessages)) problems.push(`extra: ${code}`);
  }
  return problems;
}

/** Every code with each of its placeholders given a marked value («name»), to word it. */
export function everyCodeWithValues(): { code: MessageCode; values: Record<string, string> }[] {
  return codes.map((code) => ({
    code,
    values: Object.fromEntries(placeholdersOf(englishMessages[code]).map((n) => [n, `«${n}»`])),
  }));
}
