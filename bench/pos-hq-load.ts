import { noFaults } from '../e2e/chaos/hq-admin-client.ts';
import { apiPaths } from '../src/contract/api-paths.ts';
import type { RealtimeCapacity } from '../src/contract/hq-admin.ts';
import type { BenchContext } from './scenario.ts';

/** HQ overloaded: every register call waits 2 s and half of them fail; real time serves one at a time. */
const overloadFaults = { ...noFaults, delayMs: 2000, failureRate: 0.5 };
const overloadCapacity: RealtimeCapacity = { concurrency: 1, latencyMs: 1000 };

/** Sets the Real-time Service's capacity through the test controls (null: unlimited). */
async function setRealtimeCapacity(bench: BenchContext, capacity: RealtimeCapacity): Promise<void> {
  const response = await fetch(bench.baseUrl + apiPaths.testRealtimeCapacity, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ capacity }),
  });
  if (!response.ok) {
    throw new Error(`Setting the real-time capacity answered ${response.status}.`);
  }
}

/** Puts HQ and the scale unit under the "overloaded" load of the async-create scenario. */
export async function overloadHq(bench: BenchContext): Promise<void> {
  await bench.hq.setFaults(overloadFaults);
  await setRealtimeCapacity(bench, overloadCapacity);
}

/** Takes every fault and the capacity limit off again. */
export async function relieveHq(bench: BenchContext): Promise<void> {
  await bench.hq.setFaults(noFaults);
  await setRealtimeCapacity(bench, null);
}
