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
