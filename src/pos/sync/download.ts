import type { RegisterTopic } from '../../contract/register-events.ts';
import { feedPageSizeMax, type RegisterConfig } from '../../contract/register.ts';
import { purgeSharedCustomers, saveHqCustomers } from '../db/customers-repo.ts';
import {
  getConfig,
  getFeedCursor,
  saveConfig,
  saveFeedCursor,
  saveLastDownloadAt,
} from '../db/meta-repo.ts';
import type { PosDatabase } from '../db/schema.ts';
import type { ApiClient, ApiFailure } from './api-client.ts';
import { syncLocks, withSyncLock } from './drain-lock.ts';

export interface DownloadDeps {
  db: PosDatabase;
  api: Pick<ApiClient, 'config' | 'feed'>;
  now?: () => number;
  pageSize?: number;
  /** Called after each stored page with the number of customers received so far. */
  onProgress?: (received: number) => void;
  /**
   * What changed (a poke's topics, issue 12); default both. Without `config` the cached settings
   * are used and only the customer feed is asked for.
   */
  topics?: readonly RegisterTopic[];
}

export type DownloadReport =
  { ok: true; received: number } | { ok: false; received: number; failure: ApiFailure };

/**
 * B7: downloads the store's settings and every customer changed in the channel database since
 * the last cursor. With shared customer data filtered (B4) only the register's own customers
 * are kept: the others are purged and new ones skipped. The next page is asked for while one is
 * stored (storage is the slow part of a first download), and the cursor moves only once a page
 * is stored, so an interrupted download resumes where it stopped; storing a customer HQ
 * converted maps its GUID to its account number.
 */
export function downloadChanges(deps: DownloadDeps): Promise<DownloadReport> {
  const now = deps.now ?? Date.now;
  const pageSize = Math.min(deps.pageSize ?? feedPageSizeMax, feedPageSizeMax);
  return withSyncLock(syncLocks.download, async () => {
    const previous = await getConfig(deps.db);
    const cached = deps.topics?.includes('config') === false ? previous : null;
    let config: RegisterConfig;
    if (cached) {
      config = cached;
    } else {
      const answer = await deps.api.config();
      if (!answer.ok) return { ok: false, received: 0, failure: answer.failure };
      config = answer.value;
    }
    // The same settings often come back: write (and wake the screens) only on a change.
    if (JSON.stringify(previous) !== JSON.stringify(config)) await saveConfig(deps.db, config);
    const filtered = config.filterSharedCustomerData;
    if (filtered) await purgeSharedCustomers(deps.db);
    // Customers skipped while the filter was on are fetched again once it is off.
    if (previous?.filterSharedCustomerData && !filtered) await saveFeedCursor(deps.db, 0);
    let received = 0;
    let next = deps.api.feed(await getFeedCursor(deps.db), pageSize);
    for (;;) {
      const page = await next;
      if (!page.ok) return { ok: false, received, failure: page.failure };
      const { customers, cursor, hasMore } = page.value;
      if (hasMore) next = deps.api.feed(cursor, pageSize);
      await saveHqCustomers(deps.db, customers, { onlyKnown: filtered });
      await saveFeedCursor(deps.db, cursor);
      received += customers.length;
      deps.onProgress?.(received);
      if (!hasMore) break;
    }
    await saveLastDownloadAt(deps.db, now());
    return { ok: true, received };
  });
}
