import type { QueueHealth } from '../../contract/health.ts';
import { watchQuery } from '../db/watch.ts';
import type { PosDatabase } from '../db/schema.ts';
import type { ApiClient, ApiResult } from './api-client.ts';
import { queueHealth } from './queue-health.ts';

/** The heartbeat and its queue report (X3), sent when the report changes (issue 12). */
export interface QueueReporter {
  /** Sends the heartbeat with the current report (the connectivity check). */
  send: () => ReturnType<ApiClient['heartbeat']>;
  /**
   * Watches the queue and sends the report whenever it differs from the last one the scale unit
   * took (uploads by this page, other tabs or the service worker); returns stop.
   */
  start: () => () => void;
}

/** Creates the reporter; `online` says whether a report is worth sending now. */
export function createQueueReporter(deps: {
  db: PosDatabase;
  api: Pick<ApiClient, 'heartbeat'>;
  online: () => boolean;
}): QueueReporter {
  /** The last report the scale unit accepted; null before the first heartbeat. */
  let lastSent: string | null = null;

  async function sendReport(queue: QueueHealth) {
    const result = await deps.api.heartbeat(queue);
    if (result.ok) lastSent = JSON.stringify(queue);
    return result satisfies ApiResult<unknown>;
  }

  return {
    send: async () => sendReport(await queueHealth(deps.db)),
    start: () =>
      watchQuery(
        () => queueHealth(deps.db),
        (queue) => {
          // Before the first heartbeat the sync loop's own check sends the report.
          if (lastSent === null || lastSent === JSON.stringify(queue) || !deps.online()) return;
          void sendReport(queue);
        },
      ),
  };
}
