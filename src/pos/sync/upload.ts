import { uploadBatchMax } from '../../contract/upload.ts';
import type { OutboxEvent } from '../db/outbox-state.ts';
import {
  applyOutboxEvents,
  countDue,
  releaseInterrupted,
  takeDueBatch,
} from '../db/outbox-repo.ts';
import { saveLastUploadAt } from '../db/meta-repo.ts';
import type { OutboxEntry, PosDatabase } from '../db/schema.ts';
import type { ApiClient } from './api-client.ts';
import { backoffDelay, defaultBackoff, type BackoffPolicy } from './backoff.ts';
import { classifyFailure } from './classify.ts';
import { syncLocks, withSyncLock } from './drain-lock.ts';
import { message, readMessage, type Message } from '../../contract/messages.ts';

export interface UploadDeps {
  db: PosDatabase;
  api: Pick<ApiClient, 'upload'>;
  now?: () => number;
  random?: () => number;
  batchSize?: number;
  backoff?: BackoffPolicy;
  /** Called after each batch with the records handled so far and the number due at the start. */
  onProgress?: (handled: number, total: number) => void;
}

/** What one drain did. `retryLater` > 0 means the queue is not empty yet (B5). */
export interface DrainReport {
  sent: number;
  accepted: number;
  duplicates: number;
  rejected: number;
  retryLater: number;
  /** The last failure's message, when something is waiting to be retried. */
  error: Message | null;
  /** The server no longer accepts this register's token. */
  unauthorized: boolean;
}

/**
 * Uploads every due outbox entry, in batches, one drain at a time across tabs and the service
 * worker. Accepted and duplicate records become uploaded; rejected ones need attention and
 * never block the rest; a retryable failure puts the batch back with backoff and stops the
 * drain (the server is unwell: do not hammer it).
 *
 * Storing a batch's outcome overlaps the next batch's upload. The next batch is taken before
 * (the stored batch's entries are still sending, so it cannot take them), and only once the
 * batch was answered without a retry, so nothing is taken that this drain does not send.
 */
export function drainOutbox(deps: UploadDeps): Promise<DrainReport> {
  const now = deps.now ?? Date.now;
  const batchSize = Math.min(deps.batchSize ?? uploadBatchMax, uploadBatchMax);
  return withSyncLock(syncLocks.upload, async () => {
    await releaseInterrupted(deps.db, now());
    const total = await countDue(deps.db, now());
    const report: DrainReport = {
      sent: 0,
      accepted: 0,
      duplicates: 0,
      rejected: 0,
      retryLater: 0,
      error: null,
      unauthorized: false,
    };
    const store = async (events: Map<number, OutboxEvent>): Promise<void> => {
      const handled = report.accepted + report.duplicates + report.rejected;
      await applyOutboxEvents(deps.db, events, now());
      deps.onProgress?.(handled, total);
    };
    let storing = Promise.resolve();
    try {
      let batch = await takeDueBatch(deps.db, now(), batchSize);
      while (batch.length > 0) {
        const events = await sendBatch(deps, batch, report);
        await storing;
        const next = report.retryLater > 0 ? [] : await takeDueBatch(deps.db, now(), batchSize);
        storing = store(events);
        // Awaited on the next turn or at the end; until then a failure must not count as unhandled.
        storing.catch(() => undefined);
        batch = next;
      }
    } finally {
      await storing;
    }
    if (report.accepted + report.duplicates > 0) await saveLastUploadAt(deps.db, now());
    return report;
  });
}

/**
 * Sends one batch and decides each entry's event. When the server refuses the whole batch
 * (a 4xx on the envelope), the batch is split in halves until the record at fault is alone.
 */
async function sendBatch(
  deps: UploadDeps,
  batch: OutboxEntry[],
  report: DrainReport,
): Promise<Map<number, OutboxEvent>> {
  const now = deps.now ?? Date.now;
  const events = new Map<number, OutboxEvent>();
  report.sent += batch.length;
  const result = await deps.api.upload({ records: batch.map((e) => e.record) });
  if (result.ok) {
    const answers = new Map(result.value.results.map((r) => [r.guid, r]));
    for (const entry of batch) {
      const answer = answers.get(entry.recordId);
      if (!answer) {
        report.retryLater += 1;
        report.error = message('missing-answers');
        events.set(seqOf(entry), retry(entry, report.error, deps, now()));
      } else if (answer.outcome === 'rejected') {
        report.rejected += 1;
        events.set(seqOf(entry), {
          type: 'rejected',
          reason: answer.message ? readMessage(answer.message) : message('rejected'),
        });
      } else {
        report[answer.outcome === 'accepted' ? 'accepted' : 'duplicates'] += 1;
        events.set(seqOf(entry), { type: 'accepted' });
      }
    }
    return events;
  }
  const failureClass = classifyFailure(result.failure);
  if (failureClass === 'reject' && batch.length > 1) {
    report.sent -= batch.length;
    const middle = Math.ceil(batch.length / 2);
    const first = await sendBatch(deps, batch.slice(0, middle), report);
    const second = await sendBatch(deps, batch.slice(middle), report);
    return new Map([...first, ...second]);
  }
  if (failureClass === 'reject') {
    report.rejected += 1;
    for (const entry of batch)
      events.set(seqOf(entry), { type: 'rejected', reason: result.failure.message });
    return events;
  }
  report.unauthorized ||= failureClass === 'unauthorized';
  report.retryLater += batch.length;
  report.error = result.failure.message;
  for (const entry of batch)
    events.set(seqOf(entry), retry(entry, result.failure.message, deps, now()));
  return events;
}

function retry(entry: OutboxEntry, error: Message, deps: UploadDeps, now: number): OutboxEvent {
  const delay = backoffDelay(entry.attempts, deps.backoff ?? defaultBackoff, deps.random);
  return { type: 'retry', error, nextAttemptAt: now + delay };
}

function seqOf(entry: OutboxEntry): number {
  if (entry.seq === undefined)
    throw new Error('An outbox entry read from the database has no sequence number.');
  return entry.seq;
}
