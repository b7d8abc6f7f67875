import { matchValidationMessage } from '../../i18n-core/validation-messages.ts';
import { createMessageMatcher } from '../../i18n-core/message-matcher.ts';
import type { ApiFailure } from '../sync/api-client.ts';
import { CallFailedError } from '../sync/classify.ts';
import { posEn } from './en.ts';
import { posI18n, t } from './i18n.ts';

const matchSyncMessage = createMessageMatcher(posEn.syncMessages);

/**
 * A message written in English elsewhere — by the sync layer, the contract's validation or the
 * server — in the current language when it is a known one; otherwise as it is.
 */
export function translateMessage(text: string): string {
  const validation = matchValidationMessage(text);
  // The original text is the default value: the catalogs have every key, so it never shows.
  if (validation) {
    return t(`validation.${validation.key}`, { ...validation.values, defaultValue: text });
  }
  const sync = matchSyncMessage(text);
  if (sync) return t(`syncMessages.${sync.key}`, { ...sync.values, defaultValue: text });
  return text;
}

function isServerErrorCode(code: string): code is keyof typeof posEn.serverErrors {
  return Object.hasOwn(posEn.serverErrors, code);
}

/**
 * What the cashier reads about a failed call. In English the server's own message (it is
 * English and the most precise); in another language the translation of its message when that
 * is a known one (it keeps the details, e.g. account numbers), else of its error code.
 */
export function describeFailure(failure: ApiFailure): string {
  const translated = translateMessage(failure.message);
  if (posI18n.language() === 'en' || translated !== failure.message) return translated;
  const code = failure.kind === 'http' ? failure.body?.error : undefined;
  return code && isServerErrorCode(code) ? t(`serverErrors.${code}`) : translated;
}

/** What the cashier reads about anything a real-time call or a save threw. */
export function describeError(error: unknown): string {
  if (error instanceof CallFailedError) return describeFailure(error.failure);
  return translateMessage(error instanceof Error ? error.message : String(error));
}

/** A field's validation message in the current language, or undefined when it has none. */
export function fieldError(message: string | undefined): string | undefined {
  return message === undefined ? undefined : translateMessage(message);
}
