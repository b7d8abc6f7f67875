import type { FastifyInstance } from 'fastify';
import { nowIso, type Clock } from '../../platform/clock.ts';
import type { ChannelDb } from '../db/channel-db.ts';
import { recordContact } from '../register-health.ts';
import { createPokeHub, type PokeHub, type PokeHubOptions } from './poke-hub.ts';
import type { ScaleUnitContext } from '../scale-unit-context.ts';
import { registerEventsRoute } from './register-events-route.ts';

/**
 * The scale unit's poke hub: every ping counts as contact with the pinged registers (X3's "last
 * seen" stays current with no request from them), recorded in one transaction per ping.
 */
export function createRegisterPokeHub(
  deps: { channelDb: ChannelDb; clock: Clock },
  options: Omit<PokeHubOptions, 'onPing'> = {},
): PokeHub {
  return createPokeHub({
    ...options,
    onPing: (devices) => {
      const now = nowIso(deps.clock);
      deps.channelDb.transaction(() => {
        for (const device of devices) recordContact(deps.channelDb, device, now);
      })();
    },
  });
}

/** Serves the event stream from `ctx.pokes`, and ends every stream when the app closes. */
export function installRegisterEvents(app: FastifyInstance, ctx: ScaleUnitContext): void {
  // preClose: before the server waits for its connections, which open streams would hold.
  app.addHook('preClose', (done) => {
    ctx.pokes.close();
    done();
  });
  void app.register(registerEventsRoute(ctx, ctx.pokes));
}
