import { createInstance, type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Catalog } from './catalog.ts';
import { readStoredLanguage, storeLanguage } from './language-storage.ts';
import { detectLanguage, languages, type Language } from './languages.ts';
import { missingKeyHandler } from './missing-keys.ts';

/** One app's translations: its i18next instance, and how a person changes its language. */
export interface AppI18n {
  i18n: i18n;
  /** The language shown now. */
  language: () => Language;
  /** Switches the language, remembers it for the next visit and sets `<html lang>`. */
  choose: (language: Language) => Promise<void>;
}

/** The browser's preferred language, if there is a browser. */
export function browserLanguage(): string | undefined {
  return (globalThis.navigator as Navigator | undefined)?.language;
}

/** Sets `<html lang>` and the page title for the language now shown. */
function labelDocument(language: string, title: string): void {
  if (typeof document === 'undefined') return;
  document.documentElement.lang = language;
  document.title = title;
}

/**
 * Creates an app's i18next instance with its English and Japanese catalogs in one namespace,
 * ready at once (the catalogs are bundled): the language remembered, or else the browser's.
 */
export function createAppI18n(options: {
  namespace: string;
  catalogs: Record<Language, Catalog>;
  storageKey: string;
  /** The catalog key of the page title (`<title>`), e.g. "app.title". */
  titleKey: string;
}): AppI18n {
  const { namespace, catalogs, storageKey, titleKey } = options;
  const instance = createInstance();
  void instance.use(initReactI18next).init({
    resources: Object.fromEntries(languages.map((l) => [l, { [namespace]: catalogs[l] }])),
    lng: readStoredLanguage(storageKey) ?? detectLanguage(browserLanguage()),
    fallbackLng: 'en',
    supportedLngs: languages,
    ns: [namespace],
    defaultNS: namespace,
    initAsync: false,
    // React escapes what it renders.
    interpolation: { escapeValue: false },
    saveMissing: true,
    missingKeyHandler: (_languages, ns, key) => missingKeyHandler()?.(key, ns),
  });
  const language = (): Language => (instance.language === 'ja' ? 'ja' : 'en');
  const relabel = () => labelDocument(language(), instance.t(titleKey, { ns: namespace }));
  relabel();
  instance.on('languageChanged', relabel);
  return {
    i18n: instance,
    language,
    async choose(next) {
      storeLanguage(storageKey, next);
      await instance.changeLanguage(next);
    },
  };
}
