import type { DownloadResult } from '../harness-api.ts';
import { saveFeedCursor } from '../../src/pos/db/meta-repo.ts';
import { downloadChanges } from '../../src/pos/sync/download.ts';
import { failed, registerNamed, type SimulatedRegister } from './simulated-register.ts';

/** True when the feed holds no customer after `since`: one-customer pages keep it cheap. */
async function feedEndsAt(register: SimulatedRegister, since: number): Promise<boolean> {
  const page = await register.api.feed(since, 1);
  if (!page.ok) throw failed('Reading the feed', page.failure);
  return page.value.customers.length === 0;
}

/**
 * `BenchHarness.skipToFeedHead`: finds the feed's last counter by doubling, then bisecting, on
 * `since` (about 40 one-customer pages for 100k customers), and stores it as the cursor.
 */
export async function skipToFeedHead(name: string): Promise<number> {
  const register = registerNamed(name);
  // The feed goes on after `low` and ends at `high`; the head is the smallest counter it ends at.
  let low = -1;
  let high = 1024;
  while (!(await feedEndsAt(register, high))) [low, high] = [high, high * 2];
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (await feedEndsAt(register, middle)) high = middle;
    else low = middle;
  }
  const head = high;
  await saveFeedCursor(register.db, head);
  return head;
}

/**
 * `BenchHarness.downloadUntilSynced`: the real downloadChanges, again until no customer of the
 * register is pending, timed from the first call to the check that found none.
 */
export async function downloadUntilSynced(
  name: string,
  maxRounds: number,
): Promise<DownloadResult> {
  const register = registerNamed(name);
  const pendingCount = () => register.db.customers.where('syncStatus').equals('pending').count();
  const started = performance.now();
  let received = 0;
  let rounds = 0;
  let pending = await pendingCount();
  while (pending > 0 && rounds < maxRounds) {
    rounds += 1;
    const report = await downloadChanges({ db: register.db, api: register.api });
    if (!report.ok) throw failed('Downloading', report.failure);
    received += report.received;
    pending = await pendingCount();
  }
  return { ms: performance.now() - started, rounds, received, pending };
}
