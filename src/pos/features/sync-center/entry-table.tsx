import type { NamedEntry } from '../../db/outbox-repo.ts';
import { customerName, format, t } from '../../i18n/i18n.ts';
import { describe } from '../../i18n/messages.ts';
import { Link, routes } from '../../services/router.tsx';
import { ResendButton } from './resend-button.tsx';
import { readMessage } from '../../../contract/messages.ts';

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
      <h2>{t('entryTable.titleWithCount', { title, n: entries.length })}</h2>
      {entries.length === 0 ? (
        <p className="empty">{empty}</p>
      ) : (
        <table className="customers">
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t('entryTable.record')}</th>
              <th scope="col">{t('entryTable.customer')}</th>
              <th scope="col">{t('entryTable.created')}</th>
              <th scope="col">{t('entryTable.tries')}</th>
              <th scope="col">{t('entryTable.details')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map(({ entry, customer }) => {
              const name = customer ? customerName(customer) : t('entryTable.customerGone');
              return (
                <tr key={entry.recordId}>
                  <td>{t(`entryTable.kinds.${entry.record.kind}`)}</td>
                  <td>
                    <Link to={routes.customer(entry.localId)}>{name}</Link>
                  </td>
                  <td>{format().dateTime(entry.createdAt)}</td>
                  <td>{format().count(entry.attempts)}</td>
                  <td>
                    {entry.state === 'rejected' ? (
                      <>
                        <span className="attention-text">
                          {entry.lastError && describe(readMessage(entry.lastError))}
                        </span>
                        <ResendButton entry={entry} customerName={name} />
                      </>
                    ) : entry.state === 'pending' && entry.lastError ? (
                      t('entryTable.willRetry', {
                        time: format().time(entry.nextAttemptAt),
                        error: describe(readMessage(entry.lastError)),
                      })
                    ) : entry.state === 'sending' ? (
                      t('entryTable.uploading')
                    ) : (
                      '—'
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
