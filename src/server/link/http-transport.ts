import { Pool } from 'undici';
import { z } from 'zod';
import { bodyFields, bodyMessage, errorBodySchema } from '../../contract/errors.ts';
import { HttpError } from '../platform/http/http-error.ts';
import { LinkUnreachableError } from './link.ts';
import { linkHeaders } from './wire.ts';

/** Where the other side of the link answers, and how to reach it. */
export interface LinkHttpOptions {
  /** Its base URL: `https://su-a.example:8443` (a path prefix is kept). */
  url: string;
  /** The service credential, sent as `Authorization: Bearer <secret>`. */
  secret: string;
  /** A CA certificate (PEM) to trust for its https, e.g. a store CA (`LINK_CA_FILE`). */
  ca?: string;
  /** How long a short call may take before it counts as unreachable (default 5 s). */
  timeoutMs?: number;
  /** How long a pull, push, config or import may take (default 30 s). */
  bulkTimeoutMs?: number;
}

/** The time-outs when none are given: a real-time call gives up well within a register's 8 s. */
export const defaultLinkTimeoutMs = 5_000;
export const defaultLinkBulkTimeoutMs = 30_000;

/** One call over the link. */
export interface LinkRequest {
  method: 'GET' | 'POST' | 'PUT';
  path: string;
  query?: Record<string, string>;
  body?: unknown;
  headers?: Record<string, string>;
  /** A pull, push, config or import: the longer time-out. */
  bulk?: boolean;
}

/** Calls the other side of the link; see `linkTransport`. */
export interface LinkTransport {
  /** A call whose answer has this schema. */
  call: <T>(request: LinkRequest, answer: z.core.$ZodType<T>) => Promise<T>;
  /** A call answered with 204 (a push, a retirement). */
  send: (request: LinkRequest) => Promise<void>;
  close: () => Promise<void>;
}

/** A 204's body: nothing (an empty text, which `parseJson` reads as undefined). */
const noAnswer = z.undefined();

/** Statuses a proxy or load balancer gives when the service behind it does not answer. */
const gatewayStatuses = new Set([502, 503, 504]);

function reasonOf(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? `${error.message} (${code})` : error.message;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * A keep-alive connection pool to one service of the link (undici), with `ca` trusted for its
 * https. A call answers the validated body, or rejects with:
 * - `LinkUnreachableError`: no connection, reset, no answer within the time-out, 502/503/504,
 *   or an answer that is not the link's (wrong body, or an error without an `ErrorBody`);
 * - `HttpError`: the service's refusal, with its status, code, message and fields.
 */
export function linkTransport(
  service: string,
  options: LinkHttpOptions,
  headers: Record<string, string> = {},
): LinkTransport {
  const url = new URL(options.url);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`${service}: the link URL must be http or https, not ${url.protocol}`);
  }
  const base = url.pathname.replace(/\/+$/, '');
  const pool = new Pool(url.origin, {
    keepAliveTimeout: 30_000,
    ...(options.ca ? { connect: { ca: options.ca } } : {}),
  });
  const timeoutMs = options.timeoutMs ?? defaultLinkTimeoutMs;
  const bulkTimeoutMs = options.bulkTimeoutMs ?? defaultLinkBulkTimeoutMs;
  const fixedHeaders = {
    ...headers,
    [linkHeaders.authorization]: `Bearer ${options.secret}`,
    accept: 'application/json',
  };

  async function call<T>(request: LinkRequest, answer: z.core.$ZodType<T>): Promise<T> {
    const what = `${request.method} ${request.path}`;
    const limitMs = request.bulk ? bulkTimeoutMs : timeoutMs;
    const signal = AbortSignal.timeout(limitMs);
    const query = request.query ? `?${new URLSearchParams(request.query).toString()}` : '';
    const hasBody = request.body !== undefined;
    let status: number;
    let text: string;
    try {
      const response = await pool.request({
        method: request.method,
        path: `${base}${request.path}${query}`,
        headers: {
          ...fixedHeaders,
          ...request.headers,
          ...(hasBody ? { 'content-type': 'application/json' } : {}),
        },
        body: hasBody ? JSON.stringify(request.body) : null,
        signal,
      });
      status = response.statusCode;
      text = await response.body.text();
    } catch (error) {
      const reason = signal.aborted ? `no answer to ${what} within ${limitMs} ms` : reasonOf(error);
      throw new LinkUnreachableError(service, reason, { cause: error });
    }

    const json = parseJson(text);
    if (status >= 200 && status < 300) {
      const parsed = z.safeParse(answer, json);
      if (parsed.success) return parsed.data;
      const issue = parsed.error.issues[0];
      const where = issue?.path.join('.') || 'the body';
      throw new LinkUnreachableError(
        service,
        `its answer to ${what} is not the link's (${where}: ${issue?.message ?? 'not JSON'})`,
        { cause: parsed.error },
      );
    }
    const body = errorBodySchema.safeParse(json);
    if (gatewayStatuses.has(status) || !body.success) {
      const detail = body.success ? `${body.data.error}: ${body.data.message}` : 'no error body';
      throw new LinkUnreachableError(service, `${what} answered ${status} (${detail})`);
    }
    const fields = bodyFields(body.data);
    throw new HttpError(status, body.data.error, bodyMessage(body.data), fields ? { fields } : {});
  }

  return {
    call,
    send: (request) => call(request, noAnswer),
    close: () => pool.close(),
  };
}
