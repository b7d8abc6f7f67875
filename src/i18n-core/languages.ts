/** The languages both apps speak; English is the fallback. */
export const languages = ['en', 'ja'] as const;
export type Language = (typeof languages)[number];

/** Each language's name in itself, as the language switch lists it. */
export const languageNames: Record<Language, string> = { en: 'English', ja: '日本語' };

/** Whether a string names one of the supported languages. */
export function isLanguage(value: unknown): value is Language {
  return (languages as readonly unknown[]).includes(value);
}

/** The language for the browser's preferred one: any Japanese tag gives Japanese, anything else English. */
export function detectLanguage(preferred: string | undefined): Language {
  return preferred?.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}

/**
 * The locale Intl formats with: Japanese as in Japan; English in the browser's own English
 * variant (en-GB gives day/month dates), US English otherwise.
 */
export function formattingLocale(language: Language, browserLanguage: string | undefined): string {
  if (language === 'ja') return 'ja-JP';
  return browserLanguage?.toLowerCase().startsWith('en') ? browserLanguage : 'en-US';
}
