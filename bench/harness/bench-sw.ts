/// <reference lib="webworker" />
import { Queue } from 'workbox-background-sync';
import type { WorkboxReplayReply, WorkboxReplayRequest } from './workbox-messages.ts';

declare const self: ServiceWorkerGlobalScope;

/** How many requests are queued at once while filling the queue (not timed). */
const queueingConcurrency = 50;

/**
 * The stock Workbox way to upload offline writes, for comparison with the POS's outbox: one
 * queued request per record, replayed one after another. Sync events are off
 * (forceSyncFallback, and no replay at start-up), so the browser's Background Sync cannot
 * start the replay before the timer does.
 */
async function queueAndReplay(request: WorkboxReplayRequest): Promise<WorkboxReplayReply> {
  const queue = new Queue(request.queueName, {
    forceSyncFallback: true,
    onSync: () => Promise.resolve(),
  });
  const queueStarted = performance.now();
  for (let start = 0; start < request.bodies.length; start += queueingConcurrency) {
    const bodies = request.bodies.slice(start, start + queueingConcurrency);
    await Promise.all(
      bodies.map((body) =>
        queue.pushRequest({
          request: new Request(request.url, { method: 'POST', headers: request.headers, body }),
        }),
      ),
    );
  }
  const replayStarted = performance.now();
  await queue.replayRequests();
  const replayEnded = performance.now();
  return {
    ok: true,
    queueMs: replayStarted - queueStarted,
    replayMs: replayEnded - replayStarted,
    left: await queue.size(),
  };
}

self.addEventListener('install', () => void self.skipWaiting());

self.addEventListener('message', (event) => {
  const [port] = event.ports;
  if (!port) return;
  const reply = queueAndReplay(event.data as WorkboxReplayRequest).catch(
    (error: unknown): WorkboxReplayReply => ({
      ok: false,
      error: error instanceof Error ? error.message : String(error),
    }),
  );
  event.waitUntil(reply.then((answer) => port.postMessage(answer)));
});
