import { apiPaths } from '../src/contract/api-paths.ts';
import {
  testStatsSchema,
  type RealtimeCapacity,
  type TestStats,
} from '../src/contract/hq-admin.ts';

/**
 * The server's test controls the scenarios use beside HQ's admin API: the Real-time Service's
 * capacity and the real-time call counter (no session needed: they exist only with
 * POS_TEST_CONTROLS=1).
 */
export function testControls(baseUrl: string) {
  async function call(method: 'GET' | 'POST' | 'DELETE', path: string, body?: unknown) {
    const response = await fetch(baseUrl + path, {
      method,
      ...(body === undefined
        ? {}
        : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
    });
    if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}.`);
    return (await response.json()) as unknown;
  }
  return {
    /** Limits the Real-time Service to `concurrency` calls at once of `latencyMs` each; null lifts it. */
    async setRealtimeCapacity(capacity: RealtimeCapacity): Promise<void> {
      await call('POST', apiPaths.testRealtimeCapacity, { capacity });
    },
    async resetStats(): Promise<void> {
      await call('DELETE', apiPaths.testStats);
    },
    async stats(): Promise<TestStats> {
      return testStatsSchema.parse(await call('GET', apiPaths.testStats));
    },
  };
}

export type TestControls = ReturnType<typeof testControls>;
