import type { DrainResult } from '../harness-api.ts';
import { addAsyncCustomer } from '../../src/pos/db/outbox-repo.ts';
import { drainOutbox } from '../../src/pos/sync/upload.ts';
import { benchRecord } from './bench-drafts.ts';
import { registerNamed, settingsOf } from './simulated-register.ts';
import { englishText } from '../../src/contract/messages.ts';

/** How many customers are queued at once while filling an outbox (not timed). */
const queueingConcurrency = 50;

/** `BenchHarness.queueCustomers`: `count` customers saved and queued as the POS does offline. */
export async function queueCustomers(name: string, count: number, label: string): Promise<void> {
  const register = registerNamed(name);
  const config = await settingsOf(register);
  for (let start = 0; start < count; start += queueingConcurrency) {
    const end = Math.min(count, start + queueingConcurrency);
    const indexes = Array.from({ length: end - start }, (_, i) => start + i);
    await Promise.all(
      indexes.map((i) => addAsyncCustomer(register.db, benchRecord(label, i), config)),
    );
  }
}

/** `BenchHarness.drain`: the real drainOutbox, timed from call to resolution. */
export async function drain(name: string): Promise<DrainResult> {
  const register = registerNamed(name);
  const started = performance.now();
  const report = await drainOutbox({ db: register.db, api: register.api });
  const ms = performance.now() - started;
  const { accepted, duplicates, rejected, retryLater, error } = report;
  return { ms, accepted, duplicates, rejected, retryLater, error: error && englishText(error) };
}
