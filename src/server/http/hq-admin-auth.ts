import type { FastifyInstance } from 'fastify';

/**
 * The seam for HQ administrator sign-in (a later issue): every HQ admin route is registered in a
 * scope that calls this. Today it lets every request through; sign-in will check the session
 * here and throw `new HttpError(401, 'unauthorized', …)` otherwise.
 */
export function requireHqAdmin(scope: FastifyInstance): void {
  scope.addHook('onRequest', (_request, _reply, done) => {
    // No admin sign-in yet: every request is allowed.
    done();
  });
}
