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
  /**
   * Switches the language once its catalog is loaded, remembers it for the next visit and sets
   * `<html lang>`. Rejects, the language unchanged, when the catalog cannot be loaded.
   */
  choose: (language: Language) => Promise<void>;
  /**
   * Resolves when the app shows the language it starts in: at once when that catalog is bundled,
   * after loading it otherwise (in English if it cannot be loaded). Render after it.
   */
  ready: Promise<void>;
}

/**
 * A language's catalog: bundled, or loaded on demand (e.g. `() => import('./ja.ts')…`, a chunk
 * of its own, so a register that never shows Japanese never parses it).
 */
export type CatalogSource = Catalog | (() => Promise<Catalog>);

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
 * Creates an app's i18next instance with its English and Japanese catalogs in one namespace:
 * the language remembered, or else the browser's. Bundled catalogs are ready at once; one loaded
 * on demand is fetched when its language is chosen (or started in, see `ready`), and until then
 * the app shows English, its fallback, so no key is ever missing.
 */
export function createAppI18n(options: {
  namespace: string;
  catalogs: { en: Catalog } & Record<Language, CatalogSource>;
  storageKey: string;
  /** The catalog key of the page title (`<title>`), e.g. "app.title". */
  titleKey: string;
}): AppI18n {
  const { namespace, catalogs, storageKey, titleKey } = options;
  const bundled = (l: Language) => typeof catalogs[l] !== 'function';
  const wanted = readStoredLanguage(storageKey) ?? detectLanguage(browserLanguage());
  const instance = createInstance();
  void instance.use(initReactI18next).init({
    resources: Object.fromEntries(
      languages.flatMap((l) => {
        const catalog = catalogs[l];
        return typeof catalog === 'function' ? [] : [[l, { [namespace]: catalog }]];
      }),
    ),
    lng: bundled(wanted) ? wanted : 'en',
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

  const loads = new Map<Language, Promise<void>>();
  /** Adds a language's catalog to the instance, loading it once (again after a failure). */
  const load = (l: Language): Promise<void> => {
    const source = catalogs[l];
    if (typeof source !== 'function' || instance.hasResourceBundle(l, namespace)) {
      return Promise.resolve();
    }
    let loading = loads.get(l);
    if (!loading) {
      loading = source().then((catalog) => {
        instance.addResourceBundle(l, namespace, catalog);
      });
      loading.catch(() => loads.delete(l));
      loads.set(l, loading);
    }
    return loading;
  };
  // The last choice wins when an earlier one is still loading its catalog.
  let latest = language();
  const show = async (next: Language) => {
    latest = next;
    await load(next);
    if (latest === next) await instance.changeLanguage(next);
  };
  return {
    i18n: instance,
    language,
    async choose(next) {
      storeLanguage(storageKey, next);
      await show(next);
    },
    ready: bundled(wanted) ? Promise.resolve() : show(wanted).catch(() => undefined),
  };
}
