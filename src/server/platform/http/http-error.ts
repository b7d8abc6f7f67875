import { englishText, type Message } from '../../../contract/messages.ts';

/**
 * An error that maps to one HTTP answer: status, the stable category (`error` in the body), the
 * message a person reads as a code and values, and each field's message for validation. The
 * Error's own `message` is the English text, for logs.
 */
export class HttpError extends Error {
  override readonly name = 'HttpError';
  readonly status: number;
  /** The body's `error`: 'not-found', 'validation', … */
  readonly code: string;
  readonly detail: Message;
  readonly fields: Record<string, Message> | undefined;

  constructor(
    status: number,
    code: string,
    message: Message,
    options: { fields?: Record<string, Message>; cause?: unknown } = {},
  ) {
    super(englishText(message), { cause: options.cause });
    this.status = status;
    this.code = code;
    this.detail = message;
    this.fields = options.fields;
  }
}
