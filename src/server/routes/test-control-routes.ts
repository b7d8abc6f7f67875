import type { FastifyInstance, FastifyPluginCallback } from 'fastify';
import { apiPaths } from '../../contract/api-paths.ts';
import { faultInjectionSchema, scaleUnitSwitchSchema } from '../../contract/hq-admin.ts';
import type { TestControlState } from '../app-context.ts';

const scaleUnitPrefixes = ['/api/activation', '/api/register/', '/api/rts/'];

/** True for the paths a register sends to the scale unit (what "unreachable" cuts off). */
export function isScaleUnitPath(url: string): boolean {
  return scaleUnitPrefixes.some((prefix) => url.startsWith(prefix));
}

/**
 * While the scale unit is switched off, destroys the socket of every scale-unit request without
 * an answer, so a browser sees a network error; HQ admin and static files keep working.
 */
export function installScaleUnitSwitch(app: FastifyInstance, state: TestControlState): void {
  app.addHook('onRequest', (request, reply, done) => {
    if (!state.scaleUnitReachable && isScaleUnitPath(request.url)) {
      reply.hijack();
      request.raw.socket.destroy();
      return;
    }
    done();
  });
}

/** /api/test/*: the scale-unit switch and upload fault injection (only with test controls on). */
export function testControlRoutes(state: TestControlState): FastifyPluginCallback {
  return (app, _opts, done) => {
    app.post(apiPaths.testScaleUnit, (request) => {
      state.scaleUnitReachable = scaleUnitSwitchSchema.parse(request.body).reachable;
      return { reachable: state.scaleUnitReachable };
    });

    app.post(apiPaths.testFaults, (request) => {
      const { uploadFailures, status } = faultInjectionSchema.parse(request.body);
      state.uploadFailures = uploadFailures;
      state.uploadFailureStatus = status;
      return { uploadFailures, status };
    });
    done();
  };
}
