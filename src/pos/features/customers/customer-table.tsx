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
  // A phone-wide screen stacks each row, every cell under its column's name (pos.css).
  const labels = {
    customerId: t('customerTable.customerId'),
    name: t('customerTable.name'),
    email: t('customerTable.email'),
    phone: t('customerTable.phone'),
    store: t('customerTable.store'),
  };
  return (
    <table className="customers">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          {Object.values(labels).map((label) => (
            <th key={label} scope="col">
              {label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {customers.map((c) => (
          <tr key={c.localId ?? c.accountNumber}>
            <td data-label={labels.customerId}>
              {c.mergedInto ? (
                <span className="badge badge-merged">
                  {t('merged.badge', { account: c.mergedInto })}
                </span>
              ) : (
                <CustomerId customer={c} />
              )}
            </td>
            <td data-label={labels.name}>
              {c.localId === undefined ? (
                customerName(c)
              ) : (
                <Link to={routes.customer(c.localId)}>{customerName(c)}</Link>
              )}
            </td>
            <td data-label={labels.email}>{c.email}</td>
            <td data-label={labels.phone}>{c.phone}</td>
            <td data-label={labels.store}>{c.storeId}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
