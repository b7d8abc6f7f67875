import type { FastifyInstance, FastifyPluginCallback } from 'fastify';
import { setTimeout as sleep } from 'node:timers/promises';
import { apiPaths } from '../../contract/api-paths.ts';
import { errorBody } from '../../contract/errors.ts';
import { plainText } from '../../contract/messages.ts';
import {
  faultInjectionSchema,
  realtimeCapacitySchema,
  scaleUnitSwitchSchema,
  type TestStats,
} from '../../contract/hq-admin.ts';
import { expectNoBody } from '../platform/http/no-body.ts';
import type { TestControlState } from './test-control-state.ts';
import type { RegisterPokes } from '../scale-unit/events/poke-hub.ts';

/** Every path of the scale unit's Real-time Service starts with this. */
export const realtimeServicePrefix = '/api/rts/';
const scaleUnitPrefixes = ['/api/activation', '/api/register/', realtimeServicePrefix];
const chaosPrefixes = ['/api/register/', realtimeServicePrefix];

/** True for the paths a register sends to the scale unit (what "unreachable" cuts off). */
export function isScaleUnitPath(url: string): boolean {
  return scaleUnitPrefixes.some((prefix) => url.startsWith(prefix));
}

/** The test-control state with every switch in its normal position. */
export function normalTestState(): TestControlState {
  return {
    scaleUnitReachable: true,
    uploadFailures: 0,
    uploadFailureStatus: 503,
    dropAfterCommit: 0,
    failureRate: 0,
    delayMs: 0,
    uploadsAnswerOnly: false,
    realtimeCapacity: null,
    realtimeCalls: 0,
  };
}

/**
 * While the scale unit is switched off, destroys the socket of every scale-unit request without
 * an answer, so a browser sees a network error; HQ admin and static files keep working.
 */
export function installScaleUnitSwitch(app: FastifyInstance, state: TestControlState): void {
  app.addHook('onRequest', (request, reply, done) => {
    if (!state.scaleUnitReachable && isScaleUnitPath(request.url)) {
      reply.hijack();
      request.raw.socket.destroy();
      return;
    }
    done();
  });
}

/**
 * Chaos faults on register and real-time requests, before any work: wait `delayMs`, then answer
 * 503 to a `failureRate` share of them (`random` decides).
 */
export function installChaosFaults(
  app: FastifyInstance,
  state: TestControlState,
  random: () => number,
): void {
  app.addHook('onRequest', async (request, reply) => {
    if (!chaosPrefixes.some((prefix) => request.url.startsWith(prefix))) return;
    if (state.delayMs > 0) await sleep(state.delayMs);
    if (state.failureRate > 0 && random() < state.failureRate) {
      return reply
        .code(503)
        .type('application/json; charset=utf-8')
        .send(errorBody('fault-injected', plainText('Injected failure (HTTP 503) for testing.')));
    }
    return undefined;
  });
}

/**
 * /api/test/*: the scale-unit switch and fault injection (only with test controls on). Switching
 * the scale unit off also ends the registers' event streams, as a scale unit that went away would.
 */
export function testControlRoutes(
  state: TestControlState,
  pokes: Pick<RegisterPokes, 'disconnect'>,
): FastifyPluginCallback {
  return (app, _opts, done) => {
    app.post(apiPaths.testScaleUnit, (request) => {
      state.scaleUnitReachable = scaleUnitSwitchSchema.parse(request.body).reachable;
      if (!state.scaleUnitReachable) pokes.disconnect('all');
      return { reachable: state.scaleUnitReachable };
    });

    // Setting the faults replaces all of them: a switch left out is off.
    app.post(apiPaths.testFaults, (request) => {
      const faults = faultInjectionSchema.parse(request.body);
      state.uploadFailures = faults.uploadFailures;
      state.uploadFailureStatus = faults.status;
      state.dropAfterCommit = faults.dropAfterCommit ?? 0;
      state.failureRate = faults.failureRate ?? 0;
      state.delayMs = faults.delayMs ?? 0;
      state.uploadsAnswerOnly = faults.uploadsAnswerOnly ?? false;
      return {
        uploadFailures: state.uploadFailures,
        status: state.uploadFailureStatus,
        dropAfterCommit: state.dropAfterCommit,
        failureRate: state.failureRate,
        delayMs: state.delayMs,
        uploadsAnswerOnly: state.uploadsAnswerOnly,
      };
    });

    app.post(apiPaths.testRealtimeCapacity, (request) => {
      state.realtimeCapacity = realtimeCapacitySchema.parse(request.body).capacity;
      return { capacity: state.realtimeCapacity };
    });

    app.get(apiPaths.testStats, (): TestStats => ({ realtimeCalls: state.realtimeCalls }));
    app.delete(apiPaths.testStats, (request): TestStats => {
      expectNoBody(request.body);
      state.realtimeCalls = 0;
      return { realtimeCalls: 0 };
    });
    done();
  };
}
