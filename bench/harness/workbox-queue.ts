import type { WorkboxReplay } from '../harness-api.ts';
import { apiPaths } from '../../src/contract/api-paths.ts';
import type { AsyncCustomerRecord, UploadRequest } from '../../src/contract/upload.ts';
import { benchRecord } from './bench-drafts.ts';
import { failed, registerNamed } from './simulated-register.ts';
import {
  benchWorkerScope,
  benchWorkerUrl,
  type WorkboxReplayReply,
  type WorkboxReplayRequest,
} from './workbox-messages.ts';

/** How many replayed records are sent again afterwards to check the scale unit holds them. */
const sampleSize = 20;

let worker: Promise<ServiceWorker> | null = null;

/** The bench service worker, registered once (as a module worker: the build emits ES modules). */
function benchWorker(): Promise<ServiceWorker> {
  worker ??= (async () => {
    await navigator.serviceWorker.register(benchWorkerUrl, {
      type: 'module',
      scope: benchWorkerScope,
    });
    const registration = await navigator.serviceWorker.ready;
    if (!registration.active) throw new Error('The bench service worker did not activate.');
    return registration.active;
  })();
  return worker;
}

/** Sends the worker one request on a channel of its own and waits for its one reply. */
function ask(target: ServiceWorker, request: WorkboxReplayRequest): Promise<WorkboxReplayReply> {
  const channel = new MessageChannel();
  const reply = new Promise<WorkboxReplayReply>((resolve) => {
    channel.port1.onmessage = (event) => resolve(event.data as WorkboxReplayReply);
  });
  target.postMessage(request, [channel.port2]);
  return reply;
}

/** How many of `sample` the scale unit does not hold: sent again, each must be a duplicate. */
async function countMissing(name: string, sample: readonly AsyncCustomerRecord[]): Promise<number> {
  const result = await registerNamed(name).api.upload({ records: [...sample] });
  if (!result.ok) throw failed('Checking the replayed records', result.failure);
  return result.value.results.filter((r) => r.outcome !== 'duplicate').length;
}

/** `BenchHarness.workboxReplay`. */
export async function workboxReplay(
  name: string,
  count: number,
  label: string,
): Promise<WorkboxReplay> {
  const register = registerNamed(name);
  const records = Array.from({ length: count }, (_, i) => benchRecord(label, i));
  const headers = {
    accept: 'application/json',
    'content-type': 'application/json',
    authorization: await register.authorization(),
  };
  const bodies = records.map((record) =>
    JSON.stringify({ records: [record] } satisfies UploadRequest),
  );
  const reply = await ask(await benchWorker(), {
    queueName: `bench-${label}`,
    url: new URL(apiPaths.upload, location.origin).href,
    headers,
    bodies,
  });
  if (!reply.ok) throw new Error(`The bench service worker failed: ${reply.error}`);
  const step = Math.max(1, Math.floor(count / sampleSize));
  const sample = records.filter((_, i) => i % step === 0).slice(0, sampleSize);
  return {
    queueMs: reply.queueMs,
    replayMs: reply.replayMs,
    left: reply.left,
    missing: await countMissing(name, sample),
  };
}
