import { createMessageMatcher } from '../../i18n-core/message-matcher.ts';
import { matchValidationMessage } from '../../i18n-core/validation-messages.ts';
import { HqApiError } from '../api.ts';
import { hqEn } from './en.ts';
import { hqI18n, t } from './i18n.ts';

const matchApiMessage = createMessageMatcher(hqEn.apiMessages);
const matchStuckReason = createMessageMatcher(hqEn.stuckReasons);

/**
 * A message written in English elsewhere — by the contract's validation, the console's API
 * client or the server — in the current language when it is a known one; otherwise as it is.
 */
export function translateMessage(text: string): string {
  // The original text is the default value: the catalogs have every key, so it never shows.
  const validation = matchValidationMessage(text);
  if (validation) {
    return t(`validation.${validation.key}`, { ...validation.values, defaultValue: text });
  }
  const api = matchApiMessage(text);
  if (api) return t(`apiMessages.${api.key}`, { ...api.values, defaultValue: text });
  const stuck = matchStuckReason(text);
  if (stuck) return t(`stuckReasons.${stuck.key}`, { ...stuck.values, defaultValue: text });
  return text;
}

/** A field's validation message in the current language, or undefined when it has none. */
export function fieldError(message: string | undefined): string | undefined {
  return message === undefined ? undefined : translateMessage(message);
}

function isServerErrorCode(code: string): code is keyof typeof hqEn.serverErrors {
  return Object.hasOwn(hqEn.serverErrors, code);
}

/**
 * The message to show a person for any error an API call or a render threw. In English the
 * server's own message (it is English and the most precise); in another language the
 * translation of its error code, or of its message when that is a known one.
 */
export function errorMessage(error: unknown): string {
  if (error instanceof HqApiError) {
    const known = isServerErrorCode(error.code);
    if (known && hqI18n.language() !== 'en') return t(`serverErrors.${error.code}`);
    return translateMessage(error.message);
  }
  if (error instanceof Error) return translateMessage(error.message);
  return t('common.somethingWrong');
}
