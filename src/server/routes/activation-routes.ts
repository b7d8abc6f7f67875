import type { FastifyPluginCallback, FastifyReply, FastifyRequest } from 'fastify';
import { apiPaths } from '../../contract/api-paths.ts';
import {
  activationRequestSchema,
  type ActivationResponse,
  type ActivationStore,
} from '../../contract/register.ts';
import type { AppContext } from '../app-context.ts';
import { nowIso } from '../clock.ts';
import { findRegister, findStore, listStores } from '../headquarters/stores.ts';
import { HttpError } from '../http/http-error.ts';
import { createRateLimiter, enforceRateLimit } from '../http/rate-limiter.ts';
import { issueDeviceToken } from '../scale-unit/devices.ts';

/** Activation attempts allowed per client IP within a minute by default; more are refused with 429. */
export const maxActivationAttempts = 10;

/**
 * Device activation (B16): the public store list and the call that issues a device token, at
 * most `attemptsPerMinute` a minute from one IP (every attempt counts, good or bad).
 */
export function activationRoutes(
  ctx: AppContext,
  attemptsPerMinute: number,
): FastifyPluginCallback {
  const limiter = createRateLimiter(ctx.clock, { max: attemptsPerMinute, windowMs: 60_000 });
  return (app, _opts, done) => {
    app.get(apiPaths.activationStores, () => {
      const stores: ActivationStore[] = listStores(ctx.hqDb).map((s) => ({
        id: s.id,
        name: s.name,
        // A retired register can never be activated again: it is not offered.
        registers: s.registers
          .filter((r) => r.retiredAt === null)
          .map((r) => ({ id: r.id, number: r.number })),
      }));
      return { stores };
    });

    const limitAttempts = async (request: FastifyRequest, reply: FastifyReply) => {
      enforceRateLimit(
        limiter,
        request.ip,
        reply,
        'Too many activation attempts. Wait a minute and try again.',
      );
      limiter.record(request.ip);
    };

    // Counted before the body is read, so malformed attempts count too.
    app.post(apiPaths.activate, { onRequest: limitAttempts }, (request, reply) => {
      const { storeId, registerId } = activationRequestSchema.parse(request.body);
      const store = findStore(ctx.hqDb, storeId);
      if (!store) throw new HttpError(404, 'unknown-store', `Store '${storeId}' does not exist.`);
      const register = findRegister(ctx.hqDb, registerId);
      if (!register) {
        throw new HttpError(404, 'unknown-register', `Register '${registerId}' does not exist.`);
      }
      if (register.retiredAt !== null) {
        throw new HttpError(
          409,
          'register-retired',
          `Register '${registerId}' was retired at HQ and cannot be activated.`,
        );
      }
      if (register.storeId !== storeId) {
        throw new HttpError(
          400,
          'register-not-in-store',
          `Register '${registerId}' belongs to store '${register.storeId}', not '${storeId}'.`,
        );
      }
      const deviceToken = issueDeviceToken(
        ctx.channelDb,
        { storeId, registerId },
        nowIso(ctx.clock),
      );
      const body: ActivationResponse = {
        deviceToken,
        storeId,
        storeName: store.name,
        registerId,
        registerNumber: register.number,
      };
      reply.code(201);
      return body;
    });
    done();
  };
}
