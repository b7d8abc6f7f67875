import type { z } from '../zod.ts';

/**
 * The shape of one entry of the API catalog (issue 12): what an HTTP route takes and answers,
 * described with the same zod schemas the server validates with and the clients parse with, so
 * the OpenAPI document generated from it (server/platform/openapi) cannot drift from the code.
 */

/** The two services of docs/design/scale-out.md; `npm start` runs both in one process. */
export const serviceNames = ['headquarters', 'scale-unit'] as const;
export type ServiceName = (typeof serviceNames)[number];

/**
 * Who may call a route:
 * - device-token: a register, `Authorization: Bearer <device token>` from activation (B16);
 * - admin-session: the HQ console, its HttpOnly session cookie (`adminSessionCookie`);
 * - service-credential: HQ or a scale unit over the link, `Authorization: Bearer <secret>`;
 * - none: public, no secret and no personal data.
 */
export const authKinds = ['device-token', 'admin-session', 'service-credential', 'none'] as const;
export type AuthKind = (typeof authKinds)[number];

/** The HQ console's session cookie (server/headquarters/http/hq-admin-auth.ts sets it). */
export const adminSessionCookie = 'hq_session';

export const httpMethods = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
export type HttpMethod = (typeof httpMethods)[number];

/** Error statuses a route may answer, each with the JSON `ErrorBody` of contract/errors.ts. */
export const errorStatuses = [400, 401, 403, 404, 409, 413, 429, 500, 503] as const;
export type ErrorStatus = (typeof errorStatuses)[number];

/** One successful answer: a JSON body (`schema`), another media type, or none (204). */
export interface ApiResponse {
  description: string;
  /** The body's schema; absent: no body. */
  schema?: z.core.$ZodType;
  /** Default `application/json`; e.g. `text/event-stream` or a certificate download. */
  contentType?: string;
}

/**
 * Routes and the schemas their documents name as components (`#/components/schemas/<name>`)
 * instead of repeating them where they occur.
 */
export interface ApiCatalog {
  routes: readonly ApiRoute[];
  components: Readonly<Record<string, z.core.$ZodType>>;
}

/** One catalog of several (e.g. the contract's and the link's, for a service running alone). */
export function joinCatalogs(...catalogs: readonly ApiCatalog[]): ApiCatalog {
  return {
    routes: catalogs.flatMap((c) => c.routes),
    components: Object.assign({}, ...catalogs.map((c) => c.components)) as ApiCatalog['components'],
  };
}

/** One route of one or both services. */
export interface ApiRoute {
  method: HttpMethod;
  /** Fastify style, as registered: `/api/rts/customers/:account`. */
  path: string;
  /** The services that serve it (health and this document: both). */
  services: readonly ServiceName[];
  /** The group it is listed under (e.g. `register`, `hq-console`, `link`). */
  tag: string;
  summary: string;
  description?: string;
  auth: AuthKind;
  /** Path parameters, one property per `:name` in `path`. */
  params?: z.core.$ZodObject;
  query?: z.core.$ZodObject;
  /** Request headers beyond authentication (e.g. `X-Scale-Unit` on the link). */
  headers?: z.core.$ZodObject;
  /** The JSON request body; absent: the route takes none (an empty `{}` is tolerated). */
  body?: z.core.$ZodType;
  /** Successful answers by status. */
  responses: Partial<Record<number, ApiResponse>>;
  /** Error answers beyond those of its `auth` (401) and every route's 500. */
  errors: readonly ErrorStatus[];
  /** Kept for registers still running an older version. */
  deprecated?: boolean;
}
