import { MessageError, type ReceivedMessage } from '../../contract/messages.ts';
import { messageDescriber, type UncheckedTranslate } from '../../i18n-core/describe-message.ts';
import type { ApiFailure } from '../sync/api-client.ts';
import { CallFailedError } from '../sync/classify.ts';
import { t } from './i18n.ts';

/**
 * A message made outside the register's screens — by the contract's validation, the server or
 * the sync layer — in the current language; a record's error reads as its field, then the message.
 */
export const describe = messageDescriber(t as unknown as UncheckedTranslate);

/** What the cashier reads about a failed call. */
export function describeFailure(failure: ApiFailure): string {
  return describe(failure.message);
}

/** What the cashier reads about anything a real-time call or a save threw. */
export function describeError(error: unknown): string {
  if (error instanceof CallFailedError) return describeFailure(error.failure);
  if (error instanceof MessageError) return describe(error.detail);
  return error instanceof Error ? error.message : String(error);
}

/** A field's validation message in the current language, or undefined when it has none. */
export function fieldError(message: ReceivedMessage | undefined): string | undefined {
  return message === undefined ? undefined : describe(message);
}
