import type { FastifyInstance } from 'fastify';
import { setTimeout as sleep } from 'node:timers/promises';
import type { TestControlState } from './test-control-state.ts';

/** A counting semaphore: `run` waits for one of the free slots, first come first served. */
function createSlots() {
  let busy = 0;
  const waiting: (() => void)[] = [];
  return async function run(limit: number, work: () => Promise<void>): Promise<void> {
    if (busy >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    else busy += 1;
    try {
      await work();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else busy -= 1;
    }
  };
}

/**
 * Counts every call to the Real-time Service under `prefix`, and, while `realtimeCapacity` is
 * set, makes each call hold one of `concurrency` slots for `latencyMs` before it is handled: a
 * scale unit whose real-time service is overloaded (benchmarks, test controls only).
 */
export function installRealtimeCapacity(
  app: FastifyInstance,
  state: TestControlState,
  prefix: string,
): void {
  const run = createSlots();
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith(prefix)) return;
    state.realtimeCalls += 1;
    const capacity = state.realtimeCapacity;
    if (capacity) await run(capacity.concurrency, () => sleep(capacity.latencyMs));
  });
}
