import type { NoopDrainResult } from '../harness-api.ts';
import { getActivation } from '../../src/pos/db/meta-repo.ts';
import type { OutboxEntry } from '../../src/pos/db/schema.ts';
import { createApiClient } from '../../src/pos/sync/api-client.ts';
import { drainOutbox } from '../../src/pos/sync/upload.ts';
import { registerNamed } from './simulated-register.ts';
import { englishText } from '../../src/contract/messages.ts';

/**
 * `BenchHarness.noopDrain`: the drain's limit. The register's outbox entries are put back to
 * pending (not timed); then the POS's own drain sends them again, timed — the same batches and
 * the same write-back — while the bench has switched the scale unit to only answer. What "Ours"
 * takes beyond it is the server's work.
 */
export async function noopDrain(name: string): Promise<NoopDrainResult> {
  const register = registerNamed(name);
  await register.db.outbox.toCollection().modify((entry: OutboxEntry) => {
    Object.assign(entry, { state: 'pending', attempts: 0, nextAttemptAt: 0 });
  });
  const api = createApiClient({
    getToken: async () => (await getActivation(register.db))?.deviceToken ?? null,
  });
  const started = performance.now();
  const report = await drainOutbox({ db: register.db, api });
  const ms = performance.now() - started;
  if (report.error) throw new Error(`The no-op drain failed: ${englishText(report.error)}`);
  return { ms, sent: report.accepted };
}
