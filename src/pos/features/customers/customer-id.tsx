import type { LocalCustomer } from '../../db/schema.ts';
import { t } from '../../i18n/i18n.ts';

/**
 * What shows wherever a customer ID would (B2): the account number, or "Pending sync" while
 * HQ has not converted the customer. The temporary GUID is never shown.
 */
export function CustomerId({ customer }: { customer: Pick<LocalCustomer, 'accountNumber'> }) {
  return customer.accountNumber ? (
    <span className="account-number">{customer.accountNumber}</span>
  ) : (
    <span className="badge badge-pending">{t('pendingSync')}</span>
  );
}
