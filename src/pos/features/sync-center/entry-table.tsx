import type { NamedEntry } from '../../db/outbox-repo.ts';
import { Link, routes } from '../../services/router.tsx';
import { ResendButton } from './resend-button.tsx';

const kinds = {
  'customer-create': 'New customer',
  'customer-edit': 'Edit',
  'address-create': 'Address',
} as const;

/** One group of queued records: what, for whom, tries, and the reason or next retry. */
export function EntryTable({
  title,
  entries,
  empty,
}: {
  title: string;
  entries: readonly NamedEntry[];
  empty: string;
}) {
  return (
    <section aria-label={title}>
      <h2>
        {title} ({entries.length})
      </h2>
      {entries.length === 0 ? (
        <p className="empty">{empty}</p>
      ) : (
        <table className="customers">
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">Record</th>
              <th scope="col">Customer</th>
              <th scope="col">Created</th>
              <th scope="col">Tries</th>
              <th scope="col">Details</th>
            </tr>
          </thead>
          <tbody>
            {entries.map(({ entry, customerName }) => (
              <tr key={entry.recordId}>
                <td>{kinds[entry.record.kind]}</td>
                <td>
                  <Link to={routes.customer(entry.localId)}>{customerName}</Link>
                </td>
                <td>{new Date(entry.createdAt).toLocaleString()}</td>
                <td>{entry.attempts}</td>
                <td>
                  {entry.state === 'rejected' ? (
                    <>
                      <span className="attention-text">{entry.lastError}</span>
                      <ResendButton entry={entry} customerName={customerName} />
                    </>
                  ) : entry.state === 'pending' && entry.lastError ? (
                    `Will retry ${new Date(entry.nextAttemptAt).toLocaleTimeString()}: ${entry.lastError}`
                  ) : entry.state === 'sending' ? (
                    'Uploading…'
                  ) : (
                    '—'
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
