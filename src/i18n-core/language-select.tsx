import { useId } from 'react';
import type { AppI18n } from './create-app-i18n.ts';
import { isLanguage, languageNames, languages } from './languages.ts';
import { useLanguage } from './use-language.ts';

/** The header's language switch: a labelled select of English and 日本語; the choice is remembered. */
export function LanguageSelect({
  app,
  label,
  className,
}: {
  app: AppI18n;
  /** "Language" in the current language. */
  label: string;
  className?: string;
}) {
  const id = useId();
  const language = useLanguage(app);
  return (
    <span className={className}>
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={language}
        onChange={(e) => {
          if (isLanguage(e.target.value)) void app.choose(e.target.value);
        }}
      >
        {languages.map((l) => (
          <option key={l} value={l} lang={l}>
            {languageNames[l]}
          </option>
        ))}
      </select>
    </span>
  );
}
