import type { NoopDrainResult } from '../harness-api.ts';
import type { OutboxEntry } from '../../src/pos/db/schema.ts';
import { registerNamed } from './simulated-register.ts';

/** The POS's upload batch (uploadBatchMax), written out: the limit imports no POS code. */
const batchSize = 500;

/**
 * `BenchHarness.noopDrain`: the drain's limit. The register's outbox entries are put back to
 * pending (not timed); then, timed, the same batches as the POS's drain are read and marked
 * sending, posted to an endpoint that only answers, and written back as uploaded — with Dexie
 * and fetch alone, one batch after another.
 */
export async function noopDrain(name: string, url: string): Promise<NoopDrainResult> {
  const register = registerNamed(name);
  const { outbox } = register.db;
  await outbox.toCollection().modify((entry: OutboxEntry) => {
    Object.assign(entry, { state: 'pending', attempts: 0, nextAttemptAt: 0 });
  });
  const authorization = await register.authorization();
  const started = performance.now();
  let sent = 0;
  for (;;) {
    const now = Date.now();
    const batch = await register.db.transaction('rw', outbox, async () => {
      const due = await outbox.where('state').equals('pending').limit(batchSize).toArray();
      const sending = due.map((e) => ({ ...e, state: 'sending' as const, updatedAt: now }));
      await outbox.bulkPut(sending);
      return sending;
    });
    if (batch.length === 0) break;
    const response = await fetch(url, {
      method: 'POST',
      headers: { authorization, 'content-type': 'application/json' },
      body: JSON.stringify({ records: batch.map((e) => e.record) }),
    });
    if (!response.ok) throw new Error(`The no-op endpoint answered ${response.status}.`);
    const { results } = (await response.json()) as { results: { guid: string }[] };
    const answered = new Set(results.map((r) => r.guid));
    await outbox.bulkPut(
      batch.flatMap((e) =>
        answered.has(e.recordId)
          ? [{ ...e, state: 'uploaded' as const, updatedAt: Date.now() }]
          : [],
      ),
    );
    sent += answered.size;
  }
  return { ms: performance.now() - started, sent };
}
