import type { FastifyInstance, FastifyPluginCallback, FastifyRequest } from 'fastify';
import { apiPaths } from '../../contract/api-paths.ts';
import { adminSignInSchema } from '../../contract/hq-admin.ts';
import type { AppContext } from '../app-context.ts';
import {
  adminSessionHours,
  createAdminSession,
  deleteAdminSession,
  isAdminSessionValid,
} from '../headquarters/admin-sessions.ts';
import { verifyAdminPassword } from './admin-password.ts';
import { HttpError } from './http-error.ts';
import { expectNoBody } from './no-body.ts';
import { createRateLimiter, enforceRateLimit } from './rate-limiter.ts';

/** Failed sign-ins allowed per client IP within a minute; more are refused with 429. */
export const maxFailedSignIns = 5;

/** The cookie that carries an HQ console session. */
export const sessionCookieName = 'hq_session';

function sessionToken(request: FastifyRequest): string | null {
  const token = request.cookies[sessionCookieName];
  return token && token.length <= 100 ? token : null;
}

function hasSession(ctx: AppContext, request: FastifyRequest): boolean {
  const token = sessionToken(request);
  return token !== null && isAdminSessionValid(ctx.hqDb, token, ctx.clock.now());
}

function cookieOptions(request: FastifyRequest) {
  return {
    httpOnly: true,
    sameSite: 'strict' as const,
    path: '/',
    secure: request.protocol === 'https',
  };
}

/**
 * Every HQ admin route is registered in a scope that calls this: without a valid console
 * session cookie the request is refused with 401 before the route runs.
 */
export function requireHqAdmin(scope: FastifyInstance, ctx: AppContext): void {
  scope.addHook('onRequest', (request, _reply, done) => {
    if (hasSession(ctx, request)) {
      done();
      return;
    }
    done(new HttpError(401, 'unauthorized', 'Sign in to the HQ console.'));
  });
}

/**
 * HQ console sign-in: GET tells whether this browser is signed in; POST checks the password
 * (HQ_ADMIN_PASSWORD) and sets an HttpOnly, SameSite=Strict session cookie (204), 401 on a
 * wrong password, 429 after too many failures from one IP; DELETE signs out (204).
 */
export function hqSessionRoutes(ctx: AppContext): FastifyPluginCallback {
  const limiter = createRateLimiter(ctx.clock, { max: maxFailedSignIns, windowMs: 60_000 });
  return (app, _opts, done) => {
    app.get(apiPaths.hqSession, (request) => ({ signedIn: hasSession(ctx, request) }));

    app.post(apiPaths.hqSession, async (request, reply) => {
      enforceRateLimit(
        limiter,
        request.ip,
        reply,
        'Too many failed sign-in attempts. Wait a minute and try again.',
      );
      const { password } = adminSignInSchema.parse(request.body);
      if (!(await verifyAdminPassword(ctx.adminCredential, password))) {
        limiter.record(request.ip);
        throw new HttpError(401, 'unauthorized', 'Wrong password.');
      }
      const token = createAdminSession(ctx.hqDb, ctx.clock.now());
      void reply.setCookie(sessionCookieName, token, {
        ...cookieOptions(request),
        maxAge: adminSessionHours * 3600,
      });
      return reply.code(204).send();
    });

    app.delete(apiPaths.hqSession, (request, reply) => {
      expectNoBody(request.body);
      const token = sessionToken(request);
      if (token) deleteAdminSession(ctx.hqDb, token);
      void reply.clearCookie(sessionCookieName, cookieOptions(request));
      return reply.code(204).send();
    });
    done();
  };
}
