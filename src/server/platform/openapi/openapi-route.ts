import type { FastifyInstance } from 'fastify';
import { apiPaths } from '../../../contract/api-paths.ts';
import type { ApiCatalog, ServiceName } from '../../../contract/api-catalog/api-route.ts';
import { buildOpenApiDocument } from './openapi-document.ts';

/** A route as Fastify registered it: `GET /api/rts/customers/:account`. */
export interface RegisteredRoute {
  method: string;
  path: string;
}

const registered = new WeakMap<FastifyInstance, RegisteredRoute[]>();

/** Every route `app` registered after `installOpenApi` (HEAD routes and static files included). */
export function registeredRoutes(app: FastifyInstance): readonly RegisteredRoute[] {
  return registered.get(app) ?? [];
}

const key = (method: string, path: string) => `${method} ${path}`;

/**
 * Serves GET /api/openapi.json: the OpenAPI 3.1 document of `services`, generated from `catalog`,
 * public (no secret, no personal data). Call it on a new app before any route: it records every
 * route registered after it (`registeredRoutes`), and the document lists the catalog's routes of
 * `services` that this process registered — what it really serves. So `npm start` (both
 * services, the in-process link) documents both APIs and no link routes, and a service started
 * alone, given the contract's catalog joined with the link's, documents its own API and its side
 * of the link. Built once, on the first request, when every route is registered.
 */
export function installOpenApi(
  app: FastifyInstance,
  options: { services: readonly ServiceName[]; catalog: ApiCatalog },
): void {
  const routes: RegisteredRoute[] = [];
  registered.set(app, routes);
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) routes.push({ method, path: route.url });
  });

  let json: string | null = null;
  const build = () => {
    const served = new Set(routes.map((r) => key(r.method, r.path)));
    const catalog = {
      ...options.catalog,
      routes: options.catalog.routes.filter((r) => served.has(key(r.method, r.path))),
    };
    return JSON.stringify(buildOpenApiDocument(catalog, { services: options.services }));
  };
  app.get(apiPaths.openApi, (_request, reply) => {
    json ??= build();
    return reply.type('application/json; charset=utf-8').send(json);
  });
}
