import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { apiCatalog } from '../../../contract/api-catalog/api-catalog.ts';
import type { ApiCatalog, ApiRoute } from '../../../contract/api-catalog/api-route.ts';
import { buildOpenApiDocument, toOpenApiPath } from './openapi-document.ts';
import { createSchemaBook } from './schema-book.ts';

const route = (overrides: Partial<ApiRoute>): ApiRoute => ({
  method: 'GET',
  path: '/api/things/:id',
  services: ['scale-unit'],
  tag: 'things',
  summary: 'A thing',
  auth: 'none',
  params: z.object({ id: z.string() }),
  responses: { 200: { description: 'The thing.', schema: z.strictObject({ id: z.string() }) } },
  errors: [404],
  ...overrides,
});

const catalog = (...routes: ApiRoute[]): ApiCatalog => ({ routes, components: {} });

describe('OpenAPI documents from the API catalog', () => {
  it('writes Fastify paths the OpenAPI way', () => {
    expect(toOpenApiPath('/api/rts/customers/:account/addresses')).toBe(
      '/api/rts/customers/{account}/addresses',
    );
  });

  it("documents a service's routes only, each with its credential and headers", () => {
    const { params: _none, ...withoutParams } = route({});
    const link: ApiRoute = {
      ...withoutParams,
      path: '/api/link/hq/config',
      services: ['headquarters'],
      auth: 'service-credential',
      headers: z.object({ 'x-scale-unit': z.string() }),
    };
    const hq = buildOpenApiDocument(catalog(link, route({})), { services: ['headquarters'] });
    expect(Object.keys(hq.paths)).toEqual(['/api/link/hq/config']);
    const config = hq.paths['/api/link/hq/config']?.get as Record<string, unknown>;
    expect(config.security).toEqual([{ serviceCredential: [] }]);
    expect(config.parameters).toEqual([
      expect.objectContaining({ name: 'x-scale-unit', in: 'header', required: true }),
    ]);
    expect(Object.keys(hq.components.securitySchemes)).toEqual(['serviceCredential']);
  });

  it("names the catalog's shared schemas as components", () => {
    const doc = buildOpenApiDocument(apiCatalog, { services: ['scale-unit'] });
    const feed = JSON.stringify(doc.paths['/api/register/customers/feed']);
    expect(feed).toContain('"$ref":"#/components/schemas/Customer"');
    expect(doc.components.schemas.Customer).toBeDefined();
    expect(doc.paths['/api/hq/stores']).toBeUndefined();
  });

  it('answers every error with the shared ErrorBody, and 401 where a credential is needed', () => {
    const doc = buildOpenApiDocument(catalog(route({ auth: 'device-token' })), {
      services: ['scale-unit'],
    });
    const responses = doc.paths['/api/things/{id}']?.get as { responses: object };
    expect(Object.keys(responses.responses)).toEqual(['200', '401', '404', '500']);
    expect(doc.components.responses.Error404).toEqual({
      description: 'Not found.',
      content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorBody' } } },
    });
  });

  it('refuses a params schema that does not name the path parameters', () => {
    const wrong = route({ params: z.object({ account: z.string() }) });
    expect(() => buildOpenApiDocument(catalog(wrong), { services: ['scale-unit'] })).toThrow(
      /params/,
    );
  });

  it('names a shared schema twice when a request reads it differently (a default)', () => {
    const page = z.object({ size: z.int().default(10) });
    const book = createSchemaBook({ Page: page });
    expect(book.toJson(z.object({ page }), 'input').properties?.page).toEqual({
      $ref: '#/components/schemas/PageInput',
    });
    book.toJson(z.object({ page }), 'output');
    expect(book.components().PageInput?.required).toBeUndefined();
    expect(book.components().Page?.required).toEqual(['size']);
  });
});
