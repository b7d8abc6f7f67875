import type { FastifyInstance } from 'fastify';
import type { HttpsSide } from '../platform/tls/https-side.ts';
import { installRealtimeCapacity } from '../testing/capacity-limit.ts';
import {
  installChaosFaults,
  installScaleUnitSwitch,
  realtimeServicePrefix,
} from '../testing/test-control-routes.ts';
import { installRegisterEvents } from './events/register-pokes.ts';
import { activationRoutes, maxActivationAttempts } from './routes/activation-routes.ts';
import { realtimeRoutes } from './routes/realtime-routes.ts';
import { registerRoutes } from './routes/register-routes.ts';
import { tabletRoutes } from './routes/tablet-routes.ts';
import type { ScaleUnitContext } from './scale-unit-context.ts';

/** How the scale unit's register side is set up. */
export interface ScaleUnitOptions {
  /** Fault injection for end-to-end tests (failure rate, delay, Real-time capacity). */
  testControls: boolean;
  /** Numbers in [0, 1) for fault injection's failure rate. */
  random: () => number;
  /** Activation attempts allowed per client IP a minute. */
  activationsPerMinute?: number;
  /** The https side: the tablet page and the store CA's downloads. */
  https?: HttpsSide;
}

/**
 * Installs the scale unit's side for registers on `app`: activation, the register API and its
 * event stream, the Real-time Service (through HQ) and, with https, the tablet downloads.
 */
export function installScaleUnit(
  app: FastifyInstance,
  ctx: ScaleUnitContext,
  options: ScaleUnitOptions,
): void {
  installScaleUnitSwitch(app, ctx.testState);
  if (options.testControls) {
    installChaosFaults(app, ctx.testState, options.random);
    installRealtimeCapacity(app, ctx.testState, realtimeServicePrefix);
  }
  void app.register(activationRoutes(ctx, options.activationsPerMinute ?? maxActivationAttempts));
  void app.register(registerRoutes(ctx));
  void app.register(realtimeRoutes(ctx));
  installRegisterEvents(app, ctx);
  if (options.https) void app.register(tabletRoutes(options.https));
}
