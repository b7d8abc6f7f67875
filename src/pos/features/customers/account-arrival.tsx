import { useState } from 'react';
import { t } from '../../i18n/i18n.ts';

/**
 * A polite status line, hidden on screen, that tells a screen reader when the account number of
 * a customer shown as Pending sync arrives (B7). It is there, empty, before the change, and says
 * nothing for a customer that already had its number when the screen opened.
 */
export function AccountArrival({ accountNumber }: { accountNumber: string | undefined }) {
  // The details page mounts it per customer: it was pending when it opened, or never was.
  const [wasPending] = useState(!accountNumber);
  return (
    <p role="status" className="visually-hidden">
      {wasPending && accountNumber ? t('details.accountArrived', { account: accountNumber }) : ''}
    </p>
  );
}
