import type { FastifyPluginCallback } from 'fastify';
import { apiPaths } from '../../../contract/api-paths.ts';
import type { HttpsSide } from '../../platform/tls/https-side.ts';
import { tabletSetup } from '../../platform/tls/tablet-setup.ts';

/** HQ console (admin session): the https addresses and store CA for the Add a tablet page. */
export function hqTabletSetupRoutes(https: HttpsSide): FastifyPluginCallback {
  return (app, _opts, done) => {
    app.get(apiPaths.hqTabletSetup, () => tabletSetup(https.material(), https.port));
    done();
  };
}
