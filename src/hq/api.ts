import { z } from '../contract/zod.ts';
import { bodyFields, bodyMessage, errorBodySchema } from '../contract/errors.ts';
import { englishText, message, type Message } from '../contract/messages.ts';

/**
 * A failed HQ API call: the HTTP status (0 when the server was not reached), the category and
 * the message to show (the server's, or the client's own). The Error's `message` is its English.
 */
export class HqApiError extends Error {
  override readonly name = 'HqApiError';
  /** HTTP status, or 0 for a network failure. */
  readonly status: number;
  /** The server's `error` category, or a local one: `network`, `http`, `invalid-response`. */
  readonly code: string;
  /** What went wrong, as a code and values. */
  readonly detail: Message;
  /** Field path → message, for validation errors. */
  readonly fields: Readonly<Record<string, Message>>;

  constructor(
    status: number,
    code: string,
    detail: Message,
    options: { fields?: Record<string, Message> | undefined; cause?: unknown } = {},
  ) {
    super(englishText(detail), { cause: options.cause });
    this.status = status;
    this.code = code;
    this.detail = detail;
    this.fields = options.fields ?? {};
  }
}

type Query = Record<string, string | number | undefined>;

/** Appends the defined, non-empty query parameters to an API path. */
export function withQuery(path: string, query: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch (cause) {
    if (!response.ok) return undefined;
    throw new HqApiError(response.status, 'invalid-response', message('unreadable-response'), {
      cause,
    });
  }
}

async function request(method: string, path: string, body?: unknown): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers:
        body === undefined
          ? { accept: 'application/json' }
          : {
              accept: 'application/json',
              'content-type': 'application/json',
            },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch (cause) {
    throw new HqApiError(0, 'network', message('console-unreachable'), {
      cause,
    });
  }
  const json = await readJson(response);
  if (!response.ok) {
    const parsed = errorBodySchema.safeParse(json);
    if (parsed.success) {
      throw new HqApiError(response.status, parsed.data.error, bodyMessage(parsed.data), {
        fields: bodyFields(parsed.data),
      });
    }
    throw new HqApiError(
      response.status,
      'http',
      message('http-failed', { status: response.status }),
    );
  }
  return json;
}

function validate<T>(schema: z.core.$ZodType<T>, json: unknown, status: number): T {
  const parsed = z.safeParse(schema, json);
  if (!parsed.success) {
    throw new HqApiError(status, 'invalid-response', message('unexpected-response'), {
      cause: parsed.error,
    });
  }
  return parsed.data;
}

/** GETs an API path and returns its body, validated with the contract's schema. */
export async function getJson<T>(path: string, schema: z.core.$ZodType<T>): Promise<T> {
  return validate(schema, await request('GET', path), 200);
}

/** POSTs (or PATCHes…) a JSON body and returns the reply, validated with the contract's schema. */
export async function sendJson<T>(
  method: 'POST' | 'PATCH' | 'PUT',
  path: string,
  body: unknown,
  schema: z.core.$ZodType<T>,
): Promise<T> {
  return validate(schema, await request(method, path, body), 200);
}

/** DELETEs an API path (no body) and returns the reply, validated with the schema. */
export async function deleteJson<T>(path: string, schema: z.core.$ZodType<T>): Promise<T> {
  return validate(schema, await request('DELETE', path), 200);
}

/** Whether an error is HQ saying the administrator is not signed in (HTTP 401). */
export function isUnauthorized(error: unknown): boolean {
  return error instanceof HqApiError && error.status === 401;
}
