import type { LocalCustomer } from '../../db/schema.ts';
import { customerName, t } from '../../i18n/i18n.ts';
import { Link, routes } from '../../services/router.tsx';
import { CustomerId } from './customer-id.tsx';

type Row = Pick<
  LocalCustomer,
  | 'type'
  | 'firstName'
  | 'lastName'
  | 'organizationName'
  | 'email'
  | 'phone'
  | 'accountNumber'
  | 'storeId'
> & {
  localId?: number | undefined;
  /** X2: the account a customer merged at HQ now lives on (HQ's results say null). */
  mergedInto?: string | null | undefined;
};

/**
 * A table of customers with Customer ID (or Pending sync, or Merged into … for a customer merged
 * at HQ), name, email, phone and store.
 */
export function CustomerTable({
  customers,
  caption,
}: {
  customers: readonly Row[];
  caption: string;
}) {
  return (
    <table className="customers">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('customerTable.customerId')}</th>
          <th scope="col">{t('customerTable.name')}</th>
          <th scope="col">{t('customerTable.email')}</th>
          <th scope="col">{t('customerTable.phone')}</th>
          <th scope="col">{t('customerTable.store')}</th>
        </tr>
      </thead>
      <tbody>
        {customers.map((c) => (
          <tr key={c.localId ?? c.accountNumber}>
            <td>
              {c.mergedInto ? (
                <span className="badge badge-merged">
                  {t('merged.badge', { account: c.mergedInto })}
                </span>
              ) : (
                <CustomerId customer={c} />
              )}
            </td>
            <td>
              {c.localId === undefined ? (
                customerName(c)
              ) : (
                <Link to={routes.customer(c.localId)}>{customerName(c)}</Link>
              )}
            </td>
            <td>{c.email}</td>
            <td>{c.phone}</td>
            <td>{c.storeId}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
