import type { FastifyPluginCallback, FastifyReply, FastifyRequest } from 'fastify';
import { apiPaths } from '../../../contract/api-paths.ts';
import { activationRequestSchema, type ActivationResponse } from '../../../contract/register.ts';
import { nowIso } from '../../platform/clock.ts';
import { HttpError } from '../../platform/http/http-error.ts';
import { createRateLimiter, enforceRateLimit } from '../../platform/http/rate-limiter.ts';
import { redeemActivationCode } from '../activation-codes.ts';
import { findDeviceStore } from '../channel-config.ts';
import { revokeRegisterTokens } from '../devices.ts';
import type { ScaleUnitContext } from '../scale-unit-context.ts';
import { message } from '../../../contract/messages.ts';

/** Activation attempts allowed per client IP within a minute by default; more are refused with 429. */
export const maxActivationAttempts = 10;

/** One answer for every code that does not activate: no oracle for guessing codes. */
function invalidCode(): HttpError {
  return new HttpError(400, 'invalid-activation-code', message('invalid-activation-code'));
}

/**
 * Device activation (B16): a one-time activation code HQ issued for a register buys a device
 * token, at most `attemptsPerMinute` attempts a minute from one IP (every attempt counts, good
 * or bad).
 */
export function activationRoutes(
  ctx: ScaleUnitContext,
  attemptsPerMinute: number,
): FastifyPluginCallback {
  const limiter = createRateLimiter(ctx.clock, { max: attemptsPerMinute, windowMs: 60_000 });
  return (app, _opts, done) => {
    const limitAttempts = async (request: FastifyRequest, reply: FastifyReply) => {
      enforceRateLimit(limiter, request.ip, reply, message('too-many-activations'));
      limiter.record(request.ip);
    };

    // Counted before the body is read, so malformed attempts count too.
    app.post(apiPaths.activate, { onRequest: limitAttempts }, async (request, reply) => {
      const { code } = activationRequestSchema.parse(request.body);
      const now = nowIso(ctx.clock);
      const redeemed = redeemActivationCode(ctx.channelDb, code, now);
      if (!redeemed) throw invalidCode();
      const { device, deviceToken } = redeemed;
      const found = findDeviceStore(await ctx.config.read(), device);
      if (!found || found.register.retiredAt !== null) {
        // The register left HQ or was retired after its code was issued: its new token must not
        // work either.
        revokeRegisterTokens(ctx.channelDb, device.registerId, now);
        throw invalidCode();
      }
      const { store, register } = found;
      const body: ActivationResponse = {
        deviceToken,
        storeId: store.id,
        storeName: store.name,
        registerId: register.id,
        registerNumber: register.number,
      };
      reply.code(201);
      return body;
    });
    done();
  };
}
