import type { FastifyInstance, FastifyRequest } from 'fastify';
import { nowIso, type Clock } from '../../platform/clock.ts';
import { authenticateDevice, type Device } from '../devices.ts';
import type { ChannelDb } from '../db/channel-db.ts';
import { recordContact } from '../register-health.ts';
import { HttpError } from '../../platform/http/http-error.ts';
import { message, type MessageCode } from '../../../contract/messages.ts';

const devices = new WeakMap<FastifyRequest, Device>();

function unauthorized(code: MessageCode): HttpError {
  return new HttpError(401, 'unauthorized', message(code));
}

/**
 * Requires `Authorization: Bearer <device token>` of a non-revoked device on every route of
 * `scope` (B16); the token decides the store and register. Otherwise 401. Every authenticated
 * call counts as contact for the register's health (X3).
 */
export function requireDevice(
  scope: FastifyInstance,
  ctx: { channelDb: ChannelDb; clock: Clock },
): void {
  const { channelDb } = ctx;
  scope.addHook('onRequest', (request, _reply, done) => {
    const header = request.headers.authorization;
    if (!header) {
      done(unauthorized('token-missing'));
      return;
    }
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    const device = match?.[1] ? authenticateDevice(channelDb, match[1]) : null;
    if (!device) {
      done(unauthorized('token-invalid'));
      return;
    }
    devices.set(request, device);
    recordContact(channelDb, device, nowIso(ctx.clock));
    done();
  });
}

/** The device (store and register) that made this request; only inside `requireDevice` scopes. */
export function deviceOf(request: FastifyRequest): Device {
  const device = devices.get(request);
  if (!device) throw unauthorized('not-activated');
  return device;
}
