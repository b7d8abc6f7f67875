import { MessageError, type ReceivedMessage } from '../../contract/messages.ts';
import { messageDescriber, type UncheckedTranslate } from '../../i18n-core/describe-message.ts';
import { HqApiError } from '../api.ts';
import { t } from './i18n.ts';

/**
 * A message made outside the console's screens — by the contract's validation, the server or the
 * console's API client — in the current language; a record's error reads as its field, then the
 * message.
 */
export const describe = messageDescriber(t as unknown as UncheckedTranslate);

/** A field's validation message in the current language, or undefined when it has none. */
export function fieldError(message: ReceivedMessage | undefined): string | undefined {
  return message === undefined ? undefined : describe(message);
}

/** The message to show a person for any error an API call or a render threw. */
export function errorMessage(error: unknown): string {
  if (error instanceof HqApiError) return describe(error.detail);
  if (error instanceof MessageError) return describe(error.detail);
  if (error instanceof Error) return error.message;
  return t('common.somethingWrong');
}
