import type { FastifyPluginCallback } from 'fastify';
import { apiPaths } from '../../../contract/api-paths.ts';
import type { HelloEvent } from '../../../contract/register-events.ts';
import { applySecurityHeaders } from '../../platform/http/security-headers.ts';
import { deviceOf, requireDevice } from '../http/device-auth.ts';
import type { ScaleUnitContext } from '../scale-unit-context.ts';
import type { PokeHub } from './poke-hub.ts';

/**
 * `GET /api/register/events` (issue 12): the register's event stream. Device-authenticated like
 * every register route (which records the contact on connect); the reply is hijacked and held
 * open: `hello` at once, then whatever the hub writes (pokes, pings) until either side closes.
 */
export function registerEventsRoute(ctx: ScaleUnitContext, hub: PokeHub): FastifyPluginCallback {
  return (app, _opts, done) => {
    requireDevice(app, ctx);
    app.get(apiPaths.registerEvents, (request, reply) => {
      const device = deviceOf(request);
      applySecurityHeaders(reply);
      reply.hijack();
      const res = reply.raw;
      for (const [name, value] of Object.entries(reply.getHeaders())) {
        if (value !== undefined) res.setHeader(name, value);
      }
      res.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache, no-transform',
        'x-accel-buffering': 'no',
      });
      const hello: HelloEvent = { heartbeatMs: hub.heartbeatMs };
      res.write(`event: hello\ndata: ${JSON.stringify(hello)}\n\n`);
      const remove = hub.open(device, {
        write: (chunk) => void res.write(chunk),
        end: () => res.end(),
      });
      res.on('close', remove);
    });
    done();
  };
}
