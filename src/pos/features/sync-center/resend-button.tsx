import { useState } from 'react';
import { resendEntry } from '../../db/outbox-repo.ts';
import type { OutboxEntry } from '../../db/schema.ts';
import { t } from '../../i18n/i18n.ts';
import { describeError } from '../../i18n/messages.ts';
import { Link, routes } from '../../services/router.tsx';
import { useServices } from '../../services/pos-services.tsx';

/**
 * The way out of Needs attention: a refused new customer is fixed in its form and resent; any
 * other record is resent as it is.
 */
export function ResendButton({
  entry,
  customerName,
}: {
  entry: OutboxEntry;
  customerName: string;
}) {
  const { db, requestUpload } = useServices();
  const [error, setError] = useState<string | null>(null);
  if (entry.record.kind === 'customer-create') {
    return (
      <Link to={routes.fixCustomer(entry.localId)} className="button">
        {t('entryTable.fixAndResend')}
      </Link>
    );
  }
  const seq = entry.seq;
  return (
    <>
      <button
        type="button"
        aria-label={t('entryTable.resendFor', { name: customerName })}
        onClick={() => {
          if (seq === undefined) return;
          resendEntry(db, seq)
            .then(requestUpload)
            .catch((e: unknown) => setError(describeError(e)));
        }}
      >
        {t('entryTable.resend')}
      </button>
      {error && <span className="form-error">{error}</span>}
    </>
  );
}
