import type { z } from 'zod';
import {
  adminSessionCookie,
  type ApiCatalog,
  type ApiResponse,
  type ApiRoute,
  type AuthKind,
  type ErrorStatus,
  type ServiceName,
} from '../../../contract/api-catalog/api-route.ts';
import { errorBodySchema } from '../../../contract/errors.ts';
import { createSchemaBook, type JsonSchema, type SchemaBook } from './schema-book.ts';

/** The API's version: changes when a route changes incompatibly. */
export const apiVersion = '1.0.0';

/** An OpenAPI 3.1 document (the parts this generator writes). */
export interface OpenApiDocument {
  openapi: '3.1.0';
  info: { title: string; version: string; description: string };
  tags: { name: string }[];
  paths: Record<string, Record<string, unknown>>;
  components: {
    schemas: Record<string, JsonSchema>;
    responses: Record<string, unknown>;
    securitySchemes: Record<string, unknown>;
  };
}

/** What a document describes. */
export interface OpenApiOptions {
  /** The services of the process: one, or both for `npm start`'s single process. */
  services: readonly ServiceName[];
}

const securitySchemes: Record<Exclude<AuthKind, 'none'>, { name: string; scheme: unknown }> = {
  'device-token': {
    name: 'deviceToken',
    scheme: {
      type: 'http',
      scheme: 'bearer',
      description: "A register's device token, from POST /api/activation.",
    },
  },
  'admin-session': {
    name: 'adminSession',
    scheme: {
      type: 'apiKey',
      in: 'cookie',
      name: adminSessionCookie,
      description: 'The HQ console session, from POST /api/hq/session.',
    },
  },
  'service-credential': {
    name: 'serviceCredential',
    scheme: {
      type: 'http',
      scheme: 'bearer',
      description:
        'The secret HQ holds per scale unit (SCALE_UNITS) and the scale unit holds as SCALE_UNIT_SECRET.',
    },
  },
};

const errorDescriptions: Record<ErrorStatus, string> = {
  400: 'The request is not valid: `error` says why (`validation` with `fields`, `malformed-json`, …).',
  401: 'No valid credential for this route (`unauthorized`, `unknown-service`).',
  403: 'Refused: a change sent from another site (`cross-origin`), or as the route describes.',
  404: 'Not found.',
  409: 'In conflict with the current state: `error` says which.',
  413: 'The body is larger than the route takes.',
  429: 'Too many attempts: wait and try again.',
  500: 'The server failed.',
  503: 'Not available now (e.g. `hq-unreachable`): try again later.',
};

const titles: Record<ServiceName, string> = {
  headquarters: 'headquarters',
  'scale-unit': 'scale unit',
};

/** `/api/rts/customers/:account` → `/api/rts/customers/{account}`. */
export function toOpenApiPath(fastifyPath: string): string {
  return fastifyPath.replace(/:(\w+)/g, '{$1}');
}

function pathParamNames(fastifyPath: string): string[] {
  return [...fastifyPath.matchAll(/:(\w+)/g)].map((m) => m[1] ?? '');
}

const capitalize = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** `PUT /api/rts/customers/:account` → `putRtsCustomersByAccount`. */
function operationId(route: ApiRoute): string {
  const words = route.path
    .split(/[/.-]/)
    .filter((part) => part !== '' && part !== 'api')
    .map((part) => (part.startsWith(':') ? `By${capitalize(part.slice(1))}` : capitalize(part)));
  return route.method.toLowerCase() + words.join('');
}

function parameters(book: SchemaBook, route: ApiRoute): unknown[] {
  const from = (schema: z.core.$ZodObject | undefined, place: 'path' | 'query' | 'header') => {
    if (!schema) return [];
    const json = book.toJson(schema, 'input');
    const required = new Set(json.required ?? []);
    return Object.entries(json.properties ?? {}).map(([name, property]) => ({
      name,
      in: place,
      required: place === 'path' || required.has(name),
      schema: property,
    }));
  };
  const path = from(route.params, 'path');
  const named = path.map((p) => p.name).sort();
  if (JSON.stringify(named) !== JSON.stringify(pathParamNames(route.path).sort())) {
    throw new Error(`${route.method} ${route.path}: its params schema names ${named.join(', ')}`);
  }
  return [...path, ...from(route.query, 'query'), ...from(route.headers, 'header')];
}

function success(book: SchemaBook, answer: ApiResponse): unknown {
  if (!answer.schema) return { description: answer.description };
  const contentType = answer.contentType ?? 'application/json';
  return {
    description: answer.description,
    content: { [contentType]: { schema: book.toJson(answer.schema, 'output') } },
  };
}

/** The route's own error statuses, 401 when it needs a credential, and 500: ascending. */
function errorStatusesOf(route: ApiRoute): ErrorStatus[] {
  const all = new Set<ErrorStatus>([...route.errors, 500]);
  if (route.auth !== 'none') all.add(401);
  return [...all].sort((a, b) => a - b);
}

function operation(book: SchemaBook, route: ApiRoute): Record<string, unknown> {
  const responses: Record<string, unknown> = {};
  for (const [status, answer] of Object.entries(route.responses)) {
    if (answer) responses[status] = success(book, answer);
  }
  for (const status of errorStatusesOf(route)) {
    responses[String(status)] = { $ref: `#/components/responses/Error${status}` };
  }
  const params = parameters(book, route);
  return {
    operationId: operationId(route),
    tags: [route.tag],
    summary: route.summary,
    ...(route.description ? { description: route.description } : {}),
    ...(route.deprecated ? { deprecated: true } : {}),
    security: route.auth === 'none' ? [] : [{ [securitySchemes[route.auth].name]: [] }],
    ...(params.length ? { parameters: params } : {}),
    ...(route.body
      ? {
          requestBody: {
            required: true,
            content: { 'application/json': { schema: book.toJson(route.body, 'input') } },
          },
        }
      : {}),
    responses,
    'x-services': route.services,
  };
}

/**
 * The OpenAPI 3.1 document of `options.services`, generated from an API catalog (or the part of
 * it a process serves): paths with their parameters, bodies, answers and security, the named
 * schemas as components, and one `ErrorBody` answer per error status.
 */
export function buildOpenApiDocument(
  catalog: ApiCatalog,
  options: OpenApiOptions,
): OpenApiDocument {
  const book = createSchemaBook({ ErrorBody: errorBodySchema, ...catalog.components });
  const mine = catalog.routes.filter((r) => r.services.some((s) => options.services.includes(s)));
  const paths: OpenApiDocument['paths'] = {};
  const ids = new Set<string>();
  for (const route of mine) {
    const op = operation(book, route);
    if (ids.has(String(op.operationId)))
      throw new Error(`Two operations ${String(op.operationId)}`);
    ids.add(String(op.operationId));
    const item = (paths[toOpenApiPath(route.path)] ??= {});
    item[route.method.toLowerCase()] = op;
  }
  const errorBody = book.toJson(errorBodySchema, 'output');
  const statuses = [...new Set(mine.flatMap(errorStatusesOf))].sort((a, b) => a - b);
  const usedAuth = new Set(mine.map((r) => r.auth));
  return {
    openapi: '3.1.0',
    info: {
      title: `POS ${options.services.map((s) => titles[s]).join(' and ')} API`,
      version: apiVersion,
      description:
        'Generated from the zod contract (src/contract/api-catalog). Every 4xx/5xx answer is a JSON ErrorBody: `error` is a code to act on, `message` is for people, `fields` maps a field path to its message.',
    },
    tags: [...new Set(mine.map((r) => r.tag))].map((name) => ({ name })),
    paths,
    components: {
      schemas: book.components(),
      responses: Object.fromEntries(
        statuses.map((status) => [
          `Error${status}`,
          {
            description: errorDescriptions[status],
            content: { 'application/json': { schema: errorBody } },
          },
        ]),
      ),
      securitySchemes: Object.fromEntries(
        Object.entries(securitySchemes)
          .filter(([auth]) => usedAuth.has(auth as AuthKind))
          .map(([, { name, scheme }]) => [name, scheme]),
      ),
    },
  };
}
