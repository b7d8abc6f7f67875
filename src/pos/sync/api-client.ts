import type { z } from 'zod/mini';
import { apiPaths } from '../../contract/api-paths.ts';
import { bodyMessage, errorBodySchema, type ErrorBody } from '../../contract/errors.ts';
import { message, type Message } from '../../contract/messages.ts';
import {
  customerResponseSchema,
  loyaltyCardResponseSchema,
  searchAllStoresResponseSchema,
  type RealtimeAddressRequest,
  type RealtimeCreateRequest,
  type RealtimeEditRequest,
} from '../../contract/realtime.ts';
import {
  activationResponseSchema,
  bearer,
  feedResponseSchema,
  heartbeatResponseSchema,
  registerConfigSchema,
  type ActivationRequest,
} from '../../contract/register.ts';
import { uploadResponseSchema, type UploadRequest } from '../../contract/upload.ts';
import type { QueueHealth } from '../../contract/health.ts';

/** Why a call did not succeed. Failures are values: callers classify them (see classify.ts). */
export type ApiFailure =
  | { kind: 'network'; message: Message }
  | { kind: 'timeout'; message: Message }
  | { kind: 'http'; status: number; message: Message; body: ErrorBody | null }
  | { kind: 'invalid-response'; message: Message };

export type ApiResult<T> = { ok: true; value: T } | { ok: false; failure: ApiFailure };

export interface ApiClientOptions {
  /** Origin of the server; '' for same-origin (page and service worker). */
  baseUrl?: string;
  /** The device token, read when each call starts (null before activation). */
  getToken: () => Promise<string | null>;
  /** Real-time calls give up after this long (B3: a time-out forces async creation). */
  timeoutMs?: number;
  fetch?: typeof fetch;
}

interface CallOptions<T> {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH';
  body?: unknown;
  schema: z.ZodMiniType<T>;
  timeoutMs?: number;
}

/** The register's HTTP client for every scale-unit and real-time call; validates each answer. */
export function createApiClient(options: ApiClientOptions) {
  const baseUrl = options.baseUrl ?? '';
  const defaultTimeout = options.timeoutMs ?? 8000;
  const doFetch =
    options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));

  async function call<T>(
    path: string,
    { method = 'GET', body, schema, timeoutMs }: CallOptions<T>,
  ): Promise<ApiResult<T>> {
    const headers: Record<string, string> = { accept: 'application/json' };
    const token = await options.getToken();
    if (token) headers.authorization = bearer(token);
    if (body !== undefined) headers['content-type'] = 'application/json';
    const controller = new AbortController();
    const limit = timeoutMs ?? defaultTimeout;
    const timer = setTimeout(() => controller.abort(), limit);
    let response: Response;
    try {
      response = await doFetch(baseUrl + path, {
        method,
        headers,
        body: body === undefined ? null : JSON.stringify(body),
        signal: controller.signal,
        cache: 'no-store',
      });
    } catch (error) {
      return controller.signal.aborted
        ? {
            ok: false,
            failure: { kind: 'timeout', message: message('timeout', { seconds: limit / 1000 }) },
          }
        : { ok: false, failure: { kind: 'network', message: describe(error) } };
    } finally {
      clearTimeout(timer);
    }
    const json: unknown = await response.json().catch(() => null);
    if (!response.ok) {
      const parsed = errorBodySchema.safeParse(json);
      const errorBody = parsed.success ? parsed.data : null;
      const said = errorBody
        ? bodyMessage(errorBody)
        : message('server-answered', { status: response.status });
      return {
        ok: false,
        failure: { kind: 'http', status: response.status, message: said, body: errorBody },
      };
    }
    const parsed = schema.safeParse(json);
    return parsed.success
      ? { ok: true, value: parsed.data }
      : {
          ok: false,
          failure: {
            kind: 'invalid-response',
            message: message('not-understood'),
          },
        };
  }

  return {
    activate: (request: ActivationRequest) =>
      call(apiPaths.activate, { method: 'POST', body: request, schema: activationResponseSchema }),
    config: () => call(apiPaths.registerConfig, { schema: registerConfigSchema }),
    heartbeat: (queue: QueueHealth, timeoutMs = 4000) =>
      call(apiPaths.heartbeat, {
        method: 'POST',
        body: { queue },
        schema: heartbeatResponseSchema,
        timeoutMs,
      }),
    upload: (request: UploadRequest) =>
      call(apiPaths.upload, {
        method: 'POST',
        body: request,
        schema: uploadResponseSchema,
        timeoutMs: 30_000,
      }),
    feed: (since: number, limit: number) =>
      call(`${apiPaths.feed}?since=${since}&limit=${limit}`, {
        schema: feedResponseSchema,
        timeoutMs: 30_000,
      }),
    createCustomer: (request: RealtimeCreateRequest) =>
      call(apiPaths.realtimeCustomers, {
        method: 'POST',
        body: request,
        schema: customerResponseSchema,
      }),
    editCustomer: (account: string, request: RealtimeEditRequest) =>
      call(apiPaths.realtimeCustomer(account), {
        method: 'PUT',
        body: request,
        schema: customerResponseSchema,
      }),
    addAddress: (account: string, request: RealtimeAddressRequest) =>
      call(apiPaths.realtimeAddresses(account), {
        method: 'POST',
        body: request,
        schema: customerResponseSchema,
      }),
    issueLoyaltyCard: (account: string) =>
      call(apiPaths.realtimeLoyaltyCards(account), {
        method: 'POST',
        body: {},
        schema: loyaltyCardResponseSchema,
      }),
    searchAllStores: (q: string) =>
      call(`${apiPaths.realtimeSearch}?q=${encodeURIComponent(q)}`, {
        schema: searchAllStoresResponseSchema,
      }),
  };
}

/** The register's API client. */
export type ApiClient = ReturnType<typeof createApiClient>;

function describe(error: unknown): Message {
  return error instanceof Error && error.message
    ? message('unreachable-because', { detail: error.message })
    : message('unreachable');
}
