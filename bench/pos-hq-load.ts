import { noFaults } from '../e2e/chaos/hq-admin-client.ts';
import { testControls } from './harness-controls.ts';
import type { RealtimeCapacity } from '../src/contract/hq-admin.ts';
import type { BenchContext } from './scenario.ts';

/** HQ overloaded: every register call waits 2 s and half of them fail; real time serves one at a time. */
const overloadFaults = { ...noFaults, delayMs: 2000, failureRate: 0.5 };
const overloadCapacity: RealtimeCapacity = { concurrency: 1, latencyMs: 1000 };

/** Puts HQ and the scale unit under the "overloaded" load of the async-create scenario. */
export async function overloadHq(bench: BenchContext): Promise<void> {
  await bench.hq.setFaults(overloadFaults);
  await testControls(bench.baseUrl).setRealtimeCapacity(overloadCapacity);
}

/** Takes every fault and the capacity limit off again. */
export async function relieveHq(bench: BenchContext): Promise<void> {
  await bench.hq.setFaults(noFaults);
  await testControls(bench.baseUrl).setRealtimeCapacity(null);
}
