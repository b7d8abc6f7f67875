import { z } from './zod.ts';
import {
  englishText,
  isMessageCode,
  plainText,
  readMessage,
  type Message,
  type MessageValues,
} from './messages.ts';
import { messageSchema } from './message-schema.ts';

/**
 * Every 4xx/5xx body either service sends: the stable category (`error`), the message as a code
 * and values, its English (`message`, for logs and API users) and, for validation, each field's
 * first message by path.
 */
export const errorBodySchema = z.object({
  error: z.string(),
  message: z.string(),
  code: z.string().check(z.minLength(1), z.maxLength(100)),
  values: messageSchema.shape.values,
  /** Field path → its first message, for validation errors. */
  fields: z.optional(z.record(z.string(), messageSchema)),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;

/** The message a zod issue carries: its code (the schema's message) with `max`/`min` from the issue. */
export function issueMessage(issue: z.core.$ZodIssue): Message {
  if (!isMessageCode(issue.message)) return plainText(issue.message);
  const values: MessageValues = {};
  if (issue.code === 'too_big') values['max'] = Number(issue.maximum);
  if (issue.code === 'too_small') values['min'] = Number(issue.minimum);
  return Object.keys(values).length > 0 ? { code: issue.message, values } : { code: issue.message };
}

/** Turns zod issues into a field path → first message map, for forms and error bodies. */
export function fieldErrors(error: {
  issues: readonly z.core.$ZodIssue[];
}): Record<string, Message> {
  const out: Record<string, Message> = {};
  for (const issue of error.issues) {
    const key = issue.path.join('.') || '_';
    out[key] ??= issueMessage(issue);
  }
  return out;
}

/**
 * The first field error as one message that stands alone: its path as `field` (none for the
 * whole value, `_`), or undefined when there is none.
 */
export function firstFieldError(fields: Record<string, Message>): Message | undefined {
  const first = Object.entries(fields)[0];
  if (!first) return undefined;
  const [path, message] = first;
  return path === '_' ? message : { ...message, field: path };
}

/**
 * An error body's message: its code and values, or its English `message` as plain text when the
 * code is one this build does not know (a newer server).
 */
export function bodyMessage(body: ErrorBody): Message {
  return readMessage(
    body.values === undefined ? { code: body.code } : { code: body.code, values: body.values },
    body.message,
  );
}

/** An error body's field messages, each read as `bodyMessage` reads the body's own. */
export function bodyFields(body: ErrorBody): Record<string, Message> | undefined {
  if (!body.fields) return undefined;
  return Object.fromEntries(Object.entries(body.fields).map(([k, v]) => [k, readMessage(v)]));
}

/** The error body of `error` (a category) with `detail` as its message, and its fields. */
export function errorBody(
  error: string,
  detail: Message,
  fields?: Record<string, Message>,
): ErrorBody {
  return {
    error,
    message: englishText(detail),
    code: detail.code,
    ...(detail.values === undefined ? {} : { values: detail.values }),
    ...(fields === undefined ? {} : { fields }),
  };
}
