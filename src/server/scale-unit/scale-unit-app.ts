import type { FastifyInstance } from 'fastify';
import { apiCatalog } from '../../contract/api-catalog/api-catalog.ts';
import { joinCatalogs } from '../../contract/api-catalog/api-route.ts';
import { apiPaths } from '../../contract/api-paths.ts';
import { linkCatalog } from '../link/link-api.ts';
import { installOpenApi } from '../platform/openapi/openapi-route.ts';
import { scaleUnitLinkRoutes } from '../link/http-routes.ts';
import type { ScaleUnitLink } from '../link/link.ts';
import { linkPaths } from '../link/wire.ts';
import { createBaseApp, existingDistDir, type BaseAppOptions } from '../platform/base-app.ts';
import { healthRoutes } from '../platform/http/health-routes.ts';
import { registerStaticFiles } from '../platform/http/static-routes.ts';
import { testControlRoutes } from '../testing/test-control-routes.ts';
import { channelMigrations } from './db/channel-db.ts';
import type { ScaleUnitContext } from './scale-unit-context.ts';
import { installScaleUnit, type ScaleUnitOptions } from './scale-unit-service.ts';

/** What a scale unit service (`npm run start:scale-unit`) is built from. */
export interface ScaleUnitAppDeps
  extends Omit<BaseAppOptions, 'perRecordRoutes'>, Omit<ScaleUnitOptions, 'https'> {
  ctx: ScaleUnitContext;
  /** The scale unit's side of the link, served to HQ. */
  link: ScaleUnitLink;
  /** The credential HQ calls with (`SCALE_UNIT_SECRET`). */
  linkSecret: string;
}

/**
 * A scale unit service on its own: the POS and its registers' API (activation, register API,
 * Real-time Service through HQ), and the link's scale-unit side for HQ (`/api/link/scale-unit/*`).
 */
export function createScaleUnitApp(deps: ScaleUnitAppDeps): FastifyInstance {
  const { ctx } = deps;
  const app = createBaseApp({
    ...deps,
    perRecordRoutes: [apiPaths.upload, linkPaths.scaleUnitImport],
  });
  installOpenApi(app, { services: ['scale-unit'], catalog: joinCatalogs(apiCatalog, linkCatalog) }); // issue 12: before any route
  void app.register(
    healthRoutes({
      databases: [{ check: 'channelDatabase', db: ctx.channelDb, migrations: channelMigrations }],
      probe: null,
    }),
  );
  installScaleUnit(app, ctx, deps);
  void app.register(scaleUnitLinkRoutes({ link: deps.link, secret: deps.linkSecret }));
  if (deps.testControls) void app.register(testControlRoutes(ctx.testState, ctx.pokes));
  const distDir = existingDistDir(deps.distDir);
  if (distDir) registerStaticFiles(app, distDir, 'pos');
  return app;
}
