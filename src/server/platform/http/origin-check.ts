import type { FastifyInstance, FastifyRequest } from 'fastify';
import { HttpError } from './http-error.ts';
import { requestPath } from './request-path.ts';
import { message } from '../../../contract/messages.ts';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * True when a state-changing request may proceed, judged as Go's CrossOriginProtection does:
 * `Sec-Fetch-Site: same-origin` or `none` passes and any other value fails; without it, an
 * `Origin` must equal the request's own origin (scheme and Host); with neither header the
 * request is not from a browser and passes.
 */
export function isSameOriginRequest(request: FastifyRequest): boolean {
  const site = request.headers['sec-fetch-site'];
  if (site !== undefined) return site === 'same-origin' || site === 'none';
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  return (
    origin.toLowerCase() === `${request.protocol}://${request.headers.host ?? ''}`.toLowerCase()
  );
}

/**
 * Refuses state-changing calls (POST, PUT, PATCH, DELETE) under `prefix` that a browser sent
 * from another site, with 403 `cross-origin`: the console's session cookie is SameSite=Strict,
 * and this covers what that misses (a sibling site, an old browser).
 */
export function installOriginCheck(app: FastifyInstance, prefix: string): void {
  app.addHook('onRequest', (request, _reply, done) => {
    if (
      safeMethods.has(request.method) ||
      !(requestPath(request).startsWith(prefix) || request.routeOptions.url?.startsWith(prefix)) ||
      isSameOriginRequest(request)
    ) {
      done();
      return;
    }
    done(new HttpError(403, 'cross-origin', message('cross-origin')));
  });
}
