import fastifyCookie from '@fastify/cookie';
import type { FastifyInstance } from 'fastify';
import { installOriginCheck } from '../platform/http/origin-check.ts';
import type { HttpsSide } from '../platform/tls/https-side.ts';
import type { HqContext } from './hq-context.ts';
import { hqSessionRoutes, requireHqAdmin } from './http/hq-admin-auth.ts';
import { hqAsyncCustomerRoutes } from './routes/hq-async-customer-routes.ts';
import { hqCustomerRoutes } from './routes/hq-customer-routes.ts';
import { hqDuplicateRoutes } from './routes/hq-duplicate-routes.ts';
import { hqJobRoutes } from './routes/hq-job-routes.ts';
import { hqRegisterRoutes } from './routes/hq-register-routes.ts';
import { hqScaleUnitRoutes } from './routes/hq-scale-unit-routes.ts';
import { hqSettingsRoutes } from './routes/hq-settings-routes.ts';
import { hqStoreRoutes } from './routes/hq-store-routes.ts';
import { hqTabletSetupRoutes } from './routes/hq-tablet-setup-routes.ts';

/**
 * Installs headquarters on `app`: the HQ console's API (sign-in, then every /api/hq route behind
 * an admin session, same-origin only) and, with https, its tablet setup.
 */
export function installHeadquarters(
  app: FastifyInstance,
  ctx: HqContext,
  https: HttpsSide | undefined,
): void {
  installOriginCheck(app, '/api/hq/');
  void app.register(fastifyCookie);
  void app.register(hqSessionRoutes(ctx));
  void app.register(async (hq) => {
    requireHqAdmin(hq, ctx);
    await hq.register(hqStoreRoutes(ctx));
    await hq.register(hqJobRoutes(ctx));
    await hq.register(hqCustomerRoutes(ctx));
    await hq.register(hqDuplicateRoutes(ctx));
    await hq.register(hqAsyncCustomerRoutes(ctx));
    await hq.register(hqSettingsRoutes(ctx));
    await hq.register(hqRegisterRoutes(ctx));
    await hq.register(hqScaleUnitRoutes(ctx));
    if (https) await hq.register(hqTabletSetupRoutes(https));
  });
}
