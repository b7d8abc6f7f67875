import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServiceName } from '../contract/api-catalog/api-route.ts';
import { openApiDocumentSchema } from '../contract/api-catalog/platform-api.ts';
import { apiPaths } from '../contract/api-paths.ts';
import { toOpenApiPath } from './platform/openapi/openapi-document.ts';
import { registeredRoutes, type RegisteredRoute } from './platform/openapi/openapi-route.ts';
import { apiRoutes } from './testing/api-routes.ts';
import { serviceApps } from './testing/service-apps.ts';

/**
 * Issue 12: each service started alone (`npm run start:hq`, `start:scale-unit`) serves its own
 * OpenAPI document, which lists every API route it registered, its side of the link included,
 * and none of the other service's. (The one-process app: platform/openapi's coverage test.)
 */

const services = await serviceApps({ testControls: true });
const apps: Record<ServiceName, FastifyInstance> = {
  headquarters: services.hq,
  'scale-unit': services.scaleUnit,
};

const documents: Partial<Record<ServiceName, { paths: Record<string, Record<string, unknown>> }>> =
  {};

beforeAll(async () => {
  for (const [service, app] of Object.entries(apps) as [ServiceName, FastifyInstance][]) {
    const res = await app.inject({ url: apiPaths.openApi });
    expect(res.statusCode).toBe(200);
    documents[service] = openApiDocumentSchema.parse(res.json());
  }
});

afterAll(() => services.close());

const label = (r: RegisteredRoute) => `${r.method} ${r.path}`;
const lists =
  (doc: { paths: Record<string, Record<string, unknown>> } | undefined) => (r: RegisteredRoute) =>
    doc?.paths[toOpenApiPath(r.path)]?.[r.method.toLowerCase()] !== undefined;

describe.each(['headquarters', 'scale-unit'] as const)('the %s service alone', (service) => {
  // The document lists the catalog's routes of this service only: a route the catalog gives to
  // the other service, or to none, is missing here.
  it('documents every API route it registered, its side of the link too', () => {
    const routes = apiRoutes(registeredRoutes(apps[service]));
    expect(routes.map(label)).toContain(
      service === 'headquarters' ? 'GET /api/link/hq/config' : 'GET /api/link/scale-unit/describe',
    );
    expect(routes.filter((r) => !lists(documents[service])(r)).map(label)).toEqual([]);
  });
});
