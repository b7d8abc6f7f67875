import { dropInvalidFirstScreenMeta, getActivation } from '../db/meta-repo.ts';
import type { PosDatabase } from '../db/schema.ts';
import { createApiClient, type ApiClient } from '../sync/api-client.ts';
import { classifyFailure } from '../sync/classify.ts';
import type { Connectivity } from '../sync/connectivity.ts';
import { requestPersistentStorage } from '../sync/queue-health.ts';
import { createQueueReporter } from '../sync/queue-report.ts';
import { createLiveUpdates } from '../sync/register-events.ts';
import { createSyncEngine, type SyncEngine } from '../sync/sync-engine.ts';

/** The register's network side: its API client, sync loop and heartbeat. */
export interface SyncLayer {
  api: ApiClient;
  engine: SyncEngine;
  /** Whether the scale unit answers the heartbeat (a revoked token still counts: it answered). */
  heartbeat: () => Promise<boolean>;
}

/**
 * Issue 13: the sync layer with the contract's schemas (zod), a chunk of its own that the page
 * loads right after the first screen (see create-services.ts). Loading it also re-checks what
 * the first screen read without schemas and asks for persistent storage (B15).
 */
export function createSyncLayer(deps: {
  db: PosDatabase;
  connectivity: Connectivity;
  intervalMs: number;
}): SyncLayer {
  const { db, connectivity } = deps;
  const getToken = async () => (await getActivation(db))?.deviceToken ?? null;
  const api = createApiClient({ getToken });
  const reporter = createQueueReporter({ db, api, online: () => connectivity.get().online });
  const engine = createSyncEngine({
    db,
    api,
    connectivity,
    intervalMs: deps.intervalMs,
    liveUpdates: createLiveUpdates({ getToken }),
    reporter,
    hasToken: async () => (await getToken()) !== null, // issue 13: no calls before activation
  });
  void dropInvalidFirstScreenMeta(db);
  void requestPersistentStorage(db);
  return {
    api,
    engine,
    async heartbeat() {
      // Issue 13: before activation the heartbeat could only be answered 401: not sent.
      if (!(await getToken())) return true;
      // A register whose token was revoked still reaches the server: it is online, and the sync
      // loop then reports that it must be activated again.
      const result = await reporter.send();
      return result.ok || classifyFailure(result.failure) === 'unauthorized';
    },
  };
}
