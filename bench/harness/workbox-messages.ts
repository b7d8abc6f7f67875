/**
 * What the harness page and the bench service worker say to each other (one request and one
 * reply per MessageChannel).
 */

/** The page asks the worker to queue one upload request per record, then replay them, timed. */
export interface WorkboxReplayRequest {
  /** The queue's name; a new one per request (Workbox refuses a name twice in a worker's life). */
  queueName: string;
  url: string;
  headers: Record<string, string>;
  /** One request body per queued request. */
  bodies: string[];
}

export type WorkboxReplayReply =
  { ok: true; queueMs: number; replayMs: number; left: number } | { ok: false; error: string };

/** Where the harness build puts the worker, and the scope it controls. */
export const benchWorkerUrl = '/bench/harness/bench-sw.js';
export const benchWorkerScope = '/bench/harness/';
