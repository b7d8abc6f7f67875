import { readMessage, type MessageCode, type ReceivedMessage } from '../contract/messages.ts';
import { fieldPathLabel, type FieldWords } from './field-labels.ts';

/** How an app words a message by code, and a field's label (its `messages` and `fields` sections). */
export interface MessageWords extends FieldWords {
  message: (code: MessageCode, values: Record<string, string | number>) => string;
  withField: (field: string, message: string) => string;
}

/**
 * A message in an app's current language: its code's template filled with its values, after
 * its field's label when it has one. An unknown code reads as its English text was given
 * (`plain-text`), see `readMessage`.
 */
export function describeMessage(received: ReceivedMessage, words: MessageWords): string {
  const known = readMessage(received);
  const text = words.message(known.code, known.values ?? {});
  return known.field === undefined
    ? text
    : words.withField(fieldPathLabel(known.field, words), text);
}

/**
 * An app's `t` with its keys unchecked: message keys are chosen at run time, from codes. Each
 * app's catalogs have every code and the shared `fields` section (its message-catalog test).
 */
export type UncheckedTranslate = (key: string, values?: Record<string, string | number>) => string;

/** The words `describeMessage` needs, from an app's `messages` and `fields` sections. */
function catalogWords(translate: UncheckedTranslate): MessageWords {
  return {
    message: (code, values) => translate(`messages.${code}`, values),
    withField: (field, text) => translate('fields.withField', { field, message: text }),
    name: (name) => translate(`fields.names.${name}`),
    item: (label, n) => translate('fields.item', { label, n }),
    nested: (outer, inner) => translate('fields.nested', { outer, inner }),
  };
}

/** An app's `describe`: a message in the app's current language, read through its `t`. */
export function messageDescriber(
  translate: UncheckedTranslate,
): (message: ReceivedMessage) => string {
  const words = catalogWords(translate);
  return (message) => describeMessage(message, words);
}
