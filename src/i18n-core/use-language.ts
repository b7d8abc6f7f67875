import { useTranslation } from 'react-i18next';
import type { AppI18n } from './create-app-i18n.ts';
import type { Language } from './languages.ts';

/**
 * The app's current language; the component re-renders when it changes. Used at each app's
 * root, so every screen re-renders in the new language without losing what was typed.
 */
export function useLanguage(app: AppI18n): Language {
  useTranslation(undefined, { i18n: app.i18n });
  return app.language();
}
