import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { apiCatalog } from '../../../contract/api-catalog/api-catalog.ts';
import type { ServiceName } from '../../../contract/api-catalog/api-route.ts';
import { openApiDocumentSchema } from '../../../contract/api-catalog/platform-api.ts';
import { apiPaths } from '../../../contract/api-paths.ts';
import { apiRoutes } from '../../testing/api-routes.ts';
import { activate, auth, testServer, type TestServer } from '../../testing/test-support.ts';
import { testHttpsSide } from '../tls/test-https-side.ts';
import { buildOpenApiDocument, toOpenApiPath } from './openapi-document.ts';
import { registeredRoutes, type RegisteredRoute } from './openapi-route.ts';

/**
 * Every route the app registers is in the OpenAPI document of the service that serves it
 * (issue 12). The app is built with every optional part on (https side, static files, test
 * controls), so no route escapes by not being registered here.
 */

const dist = mkdtempSync(path.join(tmpdir(), 'openapi-dist-'));
mkdirSync(path.join(dist, 'hq'));
writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>POS</title>');
writeFileSync(path.join(dist, 'hq', 'index.html'), '<!doctype html><title>HQ</title>');

let server: TestServer;
let document: Record<string, unknown> & { paths: Record<string, Record<string, unknown>> };

beforeAll(async () => {
  server = await testServer({
    customers: 0,
    testControls: true,
    distDir: dist,
    https: await testHttpsSide({ redirect: false }),
  });
  const res = await server.app.inject({ url: apiPaths.openApi });
  expect(res.statusCode).toBe(200);
  document = openApiDocumentSchema.parse(res.json());
});

afterAll(async () => {
  await server.app.close();
  rmSync(dist, { recursive: true, force: true });
});

/** Which service serves a path, by the table of docs/design/scale-out.md. */
function servedBy(routePath: string): readonly ServiceName[] {
  if (/^\/api\/(hq|link\/hq)\//.test(routePath)) return ['headquarters'];
  if (/^\/(api\/(activation$|register\/|rts\/|link\/scale-unit\/)|tablet\/)/.test(routePath)) {
    return ['scale-unit'];
  }
  return ['headquarters', 'scale-unit'];
}

const serviceDocuments = {
  headquarters: buildOpenApiDocument(apiCatalog, { services: ['headquarters'] }),
  'scale-unit': buildOpenApiDocument(apiCatalog, { services: ['scale-unit'] }),
};

const label = (r: RegisteredRoute) => `${r.method} ${r.path}`;
const documents = (doc: { paths: Record<string, Record<string, unknown>> }, r: RegisteredRoute) =>
  doc.paths[toOpenApiPath(r.path)]?.[r.method.toLowerCase()] !== undefined;

describe('the OpenAPI document', () => {
  it('sees the routes it must document, and what it leaves out', () => {
    const routes = registeredRoutes(server.app);
    const api = apiRoutes(routes).map(label);
    expect(api).toEqual(
      expect.arrayContaining(['GET /healthz', 'PUT /api/rts/customers/:account']),
    );
    expect(api).toContain(`GET ${apiPaths.tabletHttps}`);
    expect(api).toContain(`GET ${apiPaths.hqTabletSetup}`);
    expect(routes.map(label)).toEqual(
      expect.arrayContaining(['GET /*', `POST ${apiPaths.testFaults}`]),
    );
    expect(api).not.toContain('GET /*');
  });

  it('documents every route the app serves', () => {
    const missing = apiRoutes(registeredRoutes(server.app)).filter((r) => !documents(document, r));
    expect(missing.map(label)).toEqual([]);
  });

  it("lists each route in the document of the service that serves it, and not in the other's", () => {
    const misplaced = apiRoutes(registeredRoutes(server.app)).flatMap((r) => {
      const owners = servedBy(r.path);
      return (['headquarters', 'scale-unit'] as const)
        .filter((s) => documents(serviceDocuments[s], r) !== owners.includes(s))
        .map((s) => `${label(r)} in ${s}`);
    });
    expect(misplaced).toEqual([]);
  });

  it('documents only routes this process serves, and the catalog has no stale route', () => {
    const served = new Set(registeredRoutes(server.app).map(label));
    const unserved = apiCatalog.routes.filter((r) => !served.has(label(r)));
    expect(unserved.filter((r) => documents(document, r)).map(label)).toEqual([]);
    // A catalog route the one-process app does not serve is one the server no longer has.
    expect(unserved.map(label)).toEqual([]);
  });

  it('survives a JSON round trip, and every $ref points at something in it', () => {
    expect(JSON.parse(JSON.stringify(document))).toEqual(document);
    for (const doc of [document, serviceDocuments.headquarters, serviceDocuments['scale-unit']]) {
      const dangling = refsIn(doc).filter((ref) => resolve(doc, ref) === undefined);
      expect(dangling).toEqual([]);
    }
  });

  it('is answered without a credential, the same document every time', async () => {
    const res = await server.app.inject({ url: apiPaths.openApi });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(res.json()).toEqual(document);
  });
});

describe('request schemas reject what the route rejects', () => {
  const affiliations = apiCatalog.routes.find(
    (r) => r.method === 'POST' && r.path === apiPaths.hqAffiliations,
  );
  const search = apiCatalog.routes.find(
    (r) => r.method === 'GET' && r.path === apiPaths.realtimeSearch,
  );

  it.each([
    { body: { id: 'not an id', name: 'Staff' }, status: 400, valid: false },
    { body: { id: 'STAFF', name: 'Staff' }, status: 201, valid: true },
  ])('an affiliation $body.id: $status', async ({ body, status, valid }) => {
    const res = await server.app.inject({
      method: 'POST',
      url: apiPaths.hqAffiliations,
      headers: server.admin,
      payload: body,
    });
    expect(res.statusCode).toBe(status);
    expect(affiliations?.body && z.safeParse(affiliations.body, body).success).toBe(valid);
    // And the generated JSON Schema says the same of the ID.
    const schema = resolve(document, '#/components/schemas/Affiliation') as JsonObject;
    const id = (schema.properties as Record<string, { pattern: string } | undefined>).id;
    expect(new RegExp(id?.pattern ?? '').test(body.id)).toBe(valid);
  });

  it('a search of all stores with too few characters: 400', async () => {
    const token = await activate(server);
    const res = await server.app.inject({
      url: `${apiPaths.realtimeSearch}?q=abc`,
      headers: auth(token),
    });
    expect(res.statusCode).toBe(400);
    expect(search?.query && z.safeParse(search.query, { q: 'abc' }).success).toBe(false);
    const op = document.paths[toOpenApiPath(apiPaths.realtimeSearch)]?.get as JsonObject;
    const [q] = op.parameters as { name: string; schema: { minLength: number } }[];
    expect(q?.name).toBe('q');
    expect('abc'.length).toBeLessThan(q?.schema.minLength ?? 0);
  });
});

type JsonObject = Record<string, unknown>;

function refsIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(refsIn);
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) =>
    key === '$ref' && typeof child === 'string' ? [child] : refsIn(child),
  );
}

/** The value a local JSON pointer (`#/components/schemas/Customer`) names, or undefined. */
function resolve(doc: unknown, ref: string): unknown {
  if (!ref.startsWith('#/')) return undefined;
  return ref
    .slice(2)
    .split('/')
    .reduce<unknown>(
      (node, part) =>
        node !== null && typeof node === 'object' ? (node as JsonObject)[part] : undefined,
      doc,
    );
}
