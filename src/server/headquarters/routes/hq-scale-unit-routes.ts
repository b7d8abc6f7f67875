import type { FastifyPluginCallback } from 'fastify';
import { apiPaths } from '../../../contract/api-paths.ts';
import type { HqContext } from '../hq-context.ts';
import { listScaleUnits } from '../scale-units/scale-unit-list.ts';

/**
 * HQ console, Scale units (issue 12): every scale unit HQ is configured with, whether it answers
 * now, its stores and registers connected, and its last pull, push and error.
 */
export function hqScaleUnitRoutes(ctx: HqContext): FastifyPluginCallback {
  return (app, _opts, done) => {
    app.get(apiPaths.hqScaleUnits, () => listScaleUnits(ctx));
    done();
  };
}
