import { isLanguage, type Language } from './languages.ts';

/** localStorage, or null where there is none (Node, or storage blocked by the browser). */
function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** The language the person chose in this app before, or null. */
export function readStoredLanguage(key: string): Language | null {
  const value = storage()?.getItem(key);
  return isLanguage(value) ? value : null;
}

/** Remembers the person's choice for the next visit. */
export function storeLanguage(key: string, language: Language): void {
  try {
    storage()?.setItem(key, language);
  } catch {
    // Storage full or blocked: the choice lasts for this visit only.
  }
}
