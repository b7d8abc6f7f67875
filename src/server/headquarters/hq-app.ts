import type { FastifyInstance } from 'fastify';
import { apiCatalog } from '../../contract/api-catalog/api-catalog.ts';
import { joinCatalogs } from '../../contract/api-catalog/api-route.ts';
import { apiPaths } from '../../contract/api-paths.ts';
import { linkCatalog } from '../link/link-api.ts';
import { installOpenApi } from '../platform/openapi/openapi-route.ts';
import { hqLinkRoutes } from '../link/http-routes.ts';
import { createBaseApp, existingDistDir, type BaseAppOptions } from '../platform/base-app.ts';
import { healthRoutes, type ReadinessProbe } from '../platform/http/health-routes.ts';
import { registerStaticFiles } from '../platform/http/static-routes.ts';
import { hqMigrations } from './db/hq-db.ts';
import type { HqContext } from './hq-context.ts';
import { installHeadquarters } from './hq-service.ts';
import { createHqLinkService } from './link-service.ts';

/** What the headquarters service (`npm run start:hq`) is built from. */
export interface HqAppDeps extends Omit<BaseAppOptions, 'perRecordRoutes'> {
  ctx: HqContext;
  /** The credential each scale unit calls HQ with (null: no such scale unit). */
  linkSecrets: (scaleUnitId: string) => string | null;
  readiness: ReadinessProbe;
}

/**
 * The headquarters service on its own: the HQ console and its API, the jobs' scale units through
 * the HTTP link, and the link's HQ side for the scale units (`/api/link/hq/*`).
 */
export function createHqApp(deps: HqAppDeps): FastifyInstance {
  const { ctx } = deps;
  const app = createBaseApp({ ...deps, perRecordRoutes: [apiPaths.hqRescueImport] });
  installOpenApi(app, {
    services: ['headquarters'],
    catalog: joinCatalogs(apiCatalog, linkCatalog),
  }); // issue 12: before any route
  void app.register(
    healthRoutes({
      databases: [{ check: 'hqDatabase', db: ctx.hqDb, migrations: hqMigrations }],
      probe: deps.readiness,
    }),
  );
  installHeadquarters(app, ctx, deps.https);
  void app.register(
    hqLinkRoutes({
      link: createHqLinkService({ hqDb: ctx.hqDb, clock: ctx.clock }),
      secrets: deps.linkSecrets,
    }),
  );
  const distDir = existingDistDir(deps.distDir);
  if (distDir) registerStaticFiles(app, distDir, 'console');
  return app;
}
