import { displayName } from '../../../contract/customer.ts';
import type { LocalCustomer } from '../../db/schema.ts';
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
};

/** A table of customers with Customer ID (or Pending sync), name, email, phone and store. */
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
          <th scope="col">Customer ID</th>
          <th scope="col">Name</th>
          <th scope="col">Email</th>
          <th scope="col">Phone</th>
          <th scope="col">Store</th>
        </tr>
      </thead>
      <tbody>
        {customers.map((c) => (
          <tr key={c.localId ?? c.accountNumber}>
            <td>
              <CustomerId customer={c} />
            </td>
            <td>
              {c.localId === undefined ? (
                displayName(c)
              ) : (
                <Link to={routes.customer(c.localId)}>{displayName(c)}</Link>
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
