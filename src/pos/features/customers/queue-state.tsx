import type { OutboxEntry } from '../../db/schema.ts';
import { t } from '../../i18n/i18n.ts';
import { describe } from '../../i18n/messages.ts';
import { readMessage } from '../../../contract/messages.ts';

/**
 * One line per queued record not yet applied at HQ; rejected ones say Needs attention and why.
 * The lines sit in a polite live region that is there even when empty, so a screen reader hears
 * a record go from waiting to uploaded, and the last one leave.
 */
export function QueueState({ entries }: { entries: readonly OutboxEntry[] }) {
  const open = entries.filter((e) => e.state !== 'synced');
  return <div role="status">{open.length > 0 && <QueueLines open={open} />}</div>;
}

function QueueLines({ open }: { open: readonly OutboxEntry[] }) {
  return (
    <ul className="queue-state">
      {open.map((entry) => (
        <li
          key={entry.recordId}
          className={entry.state === 'rejected' ? 'alert alert-attention' : 'hint'}
        >
          {entry.state === 'rejected' ? (
            <span role="alert">
              <strong>{t('queueState.needsAttention')}</strong>{' '}
              {t('queueState.refused', { subject: subjectOf(entry) })}{' '}
              {entry.lastError === undefined
                ? t('queueState.refusedNoReason')
                : describe(readMessage(entry.lastError))}
            </span>
          ) : (
            progressLine(entry)
          )}
        </li>
      ))}
    </ul>
  );
}

function subjectOf(entry: OutboxEntry): string {
  return t(`queueState.subjects.${entry.record.kind}`);
}

function progressLine(entry: OutboxEntry): string {
  const subject = subjectOf(entry);
  switch (entry.state) {
    case 'pending':
      return entry.lastError
        ? t('queueState.retrying', { subject, error: describe(readMessage(entry.lastError)) })
        : t('queueState.waiting', { subject });
    case 'sending':
      return t('queueState.uploading', { subject });
    default:
      return entry.record.kind === 'customer-create'
        ? t('queueState.waitingForAccount')
        : t('queueState.uploaded', { subject });
  }
}
