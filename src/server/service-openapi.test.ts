import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServiceName } from '../contract/api-catalog/api-route.ts';
import { openApiDocumentSchema } from '../contract/api-catalog/platform-api.ts';
import { apiPaths } from '../contract/api-paths.ts';
import { openHqDb } from './headquarters/db/hq-db.ts';
import { seedDemoData } from './headquarters/demo-data.ts';
import { createHqApp } from './headquarters/hq-app.ts';
import { createJobRunner } from './headquarters/jobs/job-runner.ts';
import { createHqLinkService } from './headquarters/link-service.ts';
import { scaleUnitDirectory } from './headquarters/scale-units/scale-unit-directory.ts';
import { inProcessScaleUnitLink } from './link/in-process.ts';
import { toOpenApiPath } from './platform/openapi/openapi-document.ts';
import { registeredRoutes, type RegisteredRoute } from './platform/openapi/openapi-route.ts';
import { storedConfigSource } from './scale-unit/channel-config.ts';
import { openChannelDb } from './scale-unit/db/channel-db.ts';
import { createScaleUnitLinkService } from './scale-unit/link-service.ts';
import { createRegisterPokeHub } from './scale-unit/events/register-pokes.ts';
import { createScaleUnitApp } from './scale-unit/scale-unit-app.ts';
import { apiRoutes } from './testing/api-routes.ts';
import { normalTestState } from './testing/test-control-routes.ts';
import { manualClock, testAdminCredential } from './testing/test-support.ts';

/**
 * Issue 12: each service started alone (`npm run start:hq`, `start:scale-unit`) serves its own
 * OpenAPI document, which lists every API route it registered, its side of the link included,
 * and none of the other service's. (The one-process app: platform/openapi's coverage test.)
 */

const clock = manualClock();
const hqDb = openHqDb(':memory:');
const channelDb = openChannelDb(':memory:');
seedDemoData(hqDb, { customers: 0, clock });
const config = storedConfigSource(channelDb);
const pokes = createRegisterPokeHub({ channelDb, clock });
const scaleUnitLink = createScaleUnitLinkService({
  id: 'local',
  storeIds: ['S001'],
  channelDb,
  clock,
  config,
  pokes,
});
const scaleUnits = scaleUnitDirectory([
  { id: 'local', url: null, link: inProcessScaleUnitLink(scaleUnitLink) },
]);
const secret = 'a-service-credential-of-at-least-32-characters';

const apps: Record<ServiceName, FastifyInstance> = {
  headquarters: createHqApp({
    ctx: {
      hqDb,
      clock,
      scaleUnits,
      jobs: createJobRunner({ hqDb, clock, scaleUnits }),
      adminPassword: { fromEnv: testAdminCredential(), envIsDefault: false },
      httpPort: 8080,
      registerHealth: { silentMinutes: 10, waitingMinutes: 15 },
    },
    linkSecrets: () => secret,
    readiness: () => ({ jobScheduler: true }),
  }),
  'scale-unit': createScaleUnitApp({
    ctx: {
      channelDb,
      clock,
      hq: createHqLinkService({ hqDb, clock }),
      config,
      pokes,
      testState: normalTestState(),
    },
    link: scaleUnitLink,
    linkSecret: secret,
    testControls: true,
    random: Math.random,
  }),
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

afterAll(async () => {
  for (const app of Object.values(apps)) await app.close();
  pokes.close();
  hqDb.close();
  channelDb.close();
});

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
