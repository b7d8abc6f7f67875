import type { OutboxEntry } from '../../db/schema.ts';

const what: Record<OutboxEntry['record']['kind'], string> = {
  'customer-create': 'This customer',
  'customer-edit': 'An edit of this customer',
  'address-create': 'A new address',
};

/** One line per queued record not yet applied at HQ; rejected ones say Needs attention and why. */
export function QueueState({ entries }: { entries: readonly OutboxEntry[] }) {
  const open = entries.filter((e) => e.state !== 'synced');
  if (open.length === 0) return null;
  return (
    <ul className="queue-state">
      {open.map((entry) => (
        <li
          key={entry.recordId}
          className={entry.state === 'rejected' ? 'alert alert-attention' : 'hint'}
        >
          {entry.state === 'rejected' ? (
            <span role="alert">
              <strong>Needs attention:</strong> {what[entry.record.kind]} was refused:{' '}
              {entry.lastError ?? 'Headquarters refused it.'}
            </span>
          ) : (
            describe(entry)
          )}
        </li>
      ))}
    </ul>
  );
}

function describe(entry: OutboxEntry): string {
  const subject = what[entry.record.kind];
  switch (entry.state) {
    case 'pending':
      return entry.lastError
        ? `${subject}: waiting to upload (will retry: ${entry.lastError})`
        : `${subject}: waiting to upload to headquarters.`;
    case 'sending':
      return `${subject}: uploading…`;
    default:
      return entry.record.kind === 'customer-create'
        ? 'Uploaded; waiting for headquarters to assign an account number.'
        : `${subject}: uploaded; waiting for headquarters.`;
  }
}
