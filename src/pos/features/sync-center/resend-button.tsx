import { useState } from 'react';
import { resendEntry } from '../../db/outbox-repo.ts';
import type { OutboxEntry } from '../../db/schema.ts';
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
        Fix and resend
      </Link>
    );
  }
  const seq = entry.seq;
  return (
    <>
      <button
        type="button"
        aria-label={`Resend — ${customerName}`}
        onClick={() => {
          if (seq === undefined) return;
          resendEntry(db, seq)
            .then(requestUpload)
            .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
        }}
      >
        Resend
      </button>
      {error && <span className="form-error">{error}</span>}
    </>
  );
}
