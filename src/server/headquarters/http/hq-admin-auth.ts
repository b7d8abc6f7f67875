import type { FastifyInstance, FastifyPluginCallback, FastifyReply, FastifyRequest } from 'fastify';
import { apiPaths } from '../../../contract/api-paths.ts';
import {
  adminPasswordChangeSchema,
  adminSignInSchema,
  type AdminSession,
} from '../../../contract/hq-admin.ts';
import type { HqContext } from '../hq-context.ts';
import {
  adminCredentialInUse,
  changeAdminPassword,
  usesDefaultPassword,
} from '../admin-password-service.ts';
import {
  adminSessionHours,
  createAdminSession,
  deleteAdminSession,
  isAdminSessionValid,
} from '../admin-sessions.ts';
import { verifyAdminPassword } from './admin-password.ts';
import { createHashSlots, type HashSlots } from '../../platform/http/hash-slots.ts';
import { HttpError } from '../../platform/http/http-error.ts';
import { isLoopbackRequest } from '../../platform/http/loopback.ts';
import { expectNoBody } from '../../platform/http/no-body.ts';
import {
  createRateLimiter,
  enforceRateLimit,
  type RateLimiter,
} from '../../platform/http/rate-limiter.ts';
import { message, type Message } from '../../../contract/messages.ts';

/** Failed sign-ins allowed per client IP within a minute; more are refused with 429. */
export const maxFailedSignIns = 5;

/** Password hashes (scrypt) running at once, and waiting for a turn; more get 429 at once. */
export const hashSlotLimits = { running: 2, queued: 8 };

/** The cookie that carries an HQ console session. */
export const sessionCookieName = 'hq_session';

function sessionToken(request: FastifyRequest): string | null {
  const token = request.cookies[sessionCookieName];
  return token && token.length <= 100 ? token : null;
}

function hasSession(ctx: HqContext, request: FastifyRequest): boolean {
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

function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string): void {
  void reply.setCookie(sessionCookieName, token, {
    ...cookieOptions(request),
    maxAge: adminSessionHours * 3600,
  });
}

/**
 * Every HQ admin route is registered in a scope that calls this: without a valid console
 * session cookie the request is refused with 401 before the route runs, and while the default
 * password must still be replaced, with 403 `password-change-required`.
 */
export function requireHqAdmin(scope: FastifyInstance, ctx: HqContext): void {
  scope.addHook('onRequest', (request, _reply, done) => {
    if (!hasSession(ctx, request)) {
      done(new HttpError(401, 'unauthorized', message('sign-in-needed')));
      return;
    }
    if (usesDefaultPassword(ctx.hqDb, ctx.adminPassword)) {
      done(new HttpError(403, 'password-change-required', message('password-change-required')));
      return;
    }
    done();
  });
}

/** Why a sign-in with the default password is refused from anywhere but the server machine. */
export function defaultPasswordMessage(httpPort: number): Message {
  return message('default-password', { url: `http://localhost:${httpPort}/hq/` });
}

/**
 * Checks a password against the one in use. The attempt is counted before the hash runs (so a
 * parallel burst is limited like a sequential one) and forgiven when it succeeds; hashes run
 * through `slots`, at most a few at a time.
 */
async function checkPassword(
  ctx: HqContext,
  guard: { limiter: RateLimiter; slots: HashSlots },
  request: FastifyRequest,
  reply: FastifyReply,
  password: string,
): Promise<boolean> {
  enforceRateLimit(guard.limiter, request.ip, reply, message('too-many-failed-sign-ins'));
  guard.limiter.record(request.ip);
  const credential = adminCredentialInUse(ctx.hqDb, ctx.adminPassword);
  let matches: boolean;
  try {
    matches = await guard.slots.run(() => verifyAdminPassword(credential, password));
  } catch (error) {
    // Refused before the hash ran (too many at once): no password was tried.
    guard.limiter.forgive(request.ip);
    throw error;
  }
  // The password may have changed while this one was hashing: then it no longer counts, or a
  // sign-in with the old password would outlive the change that ended every session.
  const stillInUse = adminCredentialInUse(ctx.hqDb, ctx.adminPassword).salt.equals(credential.salt);
  if (matches && stillInUse) guard.limiter.forgive(request.ip);
  return matches && stillInUse;
}

/**
 * HQ console sign-in: GET tells whether this browser is signed in and must choose a new
 * password; POST checks the password and sets an HttpOnly, SameSite=Strict session cookie (204),
 * 401 on a wrong password, 429 after too many failures from one IP or while too many hashes
 * run, 403 `default-password` from the network while the default password is in use; DELETE
 * signs out (204). PUT apiPaths.hqPassword chooses a new password: every session ends and the
 * caller gets a new one.
 */
export function hqSessionRoutes(ctx: HqContext): FastifyPluginCallback {
  const guard = {
    limiter: createRateLimiter(ctx.clock, { max: maxFailedSignIns, windowMs: 60_000 }),
    slots: createHashSlots(hashSlotLimits),
  };
  return (app, _opts, done) => {
    app.get(apiPaths.hqSession, (request): AdminSession => {
      const signedIn = hasSession(ctx, request);
      return {
        signedIn,
        mustChangePassword: signedIn && usesDefaultPassword(ctx.hqDb, ctx.adminPassword),
      };
    });

    app.post(apiPaths.hqSession, async (request, reply) => {
      const { password } = adminSignInSchema.parse(request.body);
      if (usesDefaultPassword(ctx.hqDb, ctx.adminPassword) && !isLoopbackRequest(request)) {
        throw new HttpError(403, 'default-password', defaultPasswordMessage(ctx.httpPort));
      }
      if (!(await checkPassword(ctx, guard, request, reply, password))) {
        throw new HttpError(401, 'unauthorized', message('wrong-password'));
      }
      setSessionCookie(request, reply, createAdminSession(ctx.hqDb, ctx.clock.now()));
      return reply.code(204).send();
    });

    app.put(apiPaths.hqPassword, async (request, reply) => {
      if (!hasSession(ctx, request)) {
        throw new HttpError(401, 'unauthorized', message('sign-in-needed'));
      }
      const { currentPassword, newPassword } = adminPasswordChangeSchema.parse(request.body);
      if (!(await checkPassword(ctx, guard, request, reply, currentPassword))) {
        throw new HttpError(400, 'validation', message('wrong-password'), {
          fields: { currentPassword: message('wrong-password') },
        });
      }
      const token = await guard.slots.run(() =>
        changeAdminPassword(ctx.hqDb, newPassword, ctx.clock.now()),
      );
      setSessionCookie(request, reply, token);
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
