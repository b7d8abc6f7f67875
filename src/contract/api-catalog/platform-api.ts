import { z } from '../zod.ts';
import { apiPaths } from '../api-paths.ts';
import { livenessSchema, readinessSchema } from '../health.ts';
import type { ApiRoute } from './api-route.ts';

/** An OpenAPI 3.1 document, as far as its readers rely on it. */
export const openApiDocumentSchema = z.looseObject({
  openapi: z.string().check(z.regex(/^3\.1\.\d+$/)),
  info: z.looseObject({ title: z.string(), version: z.string() }),
  paths: z.record(z.string(), z.record(z.string(), z.unknown())),
  components: z.looseObject({ schemas: z.record(z.string(), z.unknown()) }),
});

const both = ['headquarters', 'scale-unit'] as const;

/** What every service serves: liveness, readiness and this document. */
export const platformApi: readonly ApiRoute[] = [
  {
    services: both,
    tag: 'operations',
    auth: 'none',
    method: 'GET',
    path: apiPaths.healthz,
    summary: 'Liveness: the process answers',
    responses: { 200: { description: 'Alive.', schema: livenessSchema } },
    errors: [],
  },
  {
    services: both,
    tag: 'operations',
    auth: 'none',
    method: 'GET',
    path: apiPaths.readyz,
    summary: 'Readiness: databases, migrations and the job scheduler',
    responses: {
      200: { description: 'Ready.', schema: readinessSchema },
      503: { description: 'Not ready: `notReady` names what is not.', schema: readinessSchema },
    },
    errors: [],
  },
  {
    services: both,
    tag: 'operations',
    auth: 'none',
    method: 'GET',
    path: apiPaths.openApi,
    summary: 'This OpenAPI document',
    description:
      'Generated from the zod contract (src/contract/api-catalog); public, no personal data.',
    responses: { 200: { description: 'The document.', schema: openApiDocumentSchema } },
    errors: [],
  },
];
