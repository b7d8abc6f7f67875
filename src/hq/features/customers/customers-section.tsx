import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Loading } from '../../components/loading.tsx';
import { QueryError } from '../../components/query-error.tsx';
import { formatCount } from '../../format.ts';
import { affiliationsQuery, customersQuery, storesQuery } from '../../queries.ts';
import { useDebouncedValue } from '../../use-debounced-value.ts';
import { CustomerRow } from './customer-row.tsx';

/** Customers at HQ: search by name, account, e-mail or phone. */
export function CustomersSection() {
  const id = useId();
  const [text, setText] = useState('');
  const q = useDebouncedValue(text.trim(), 300);
  const stores = useQuery(storesQuery);
  const customers = useQuery({ ...customersQuery(q), placeholderData: keepPreviousData });
  const affiliations = useQuery(affiliationsQuery);
  const storeNames = new Map(stores.data?.stores.map((s) => [s.id, s.name]));
  const affiliationNames = new Map(affiliations.data?.affiliations.map((a) => [a.id, a.name]));
  const data = customers.data;

  return (
    <section aria-labelledby="customers-heading">
      <h2 id="customers-heading">Customers</h2>
      <form className="filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <div className="field field-grow">
          <label htmlFor={`${id}-q`}>Search customers</label>
          <input
            id={`${id}-q`}
            type="search"
            value={text}
            maxLength={100}
            autoComplete="off"
            placeholder="Name, account number, e-mail or phone"
            onChange={(e) => setText(e.target.value)}
          />
        </div>
      </form>
      {customers.isPending && <Loading what="customers" />}
      {customers.isError && (
        <QueryError
          what="customers"
          error={customers.error}
          onRetry={() => void customers.refetch()}
        />
      )}
      {data && (
        <>
          <p className="result-count" role="status">
            {data.total === 0
              ? 'No customers found.'
              : data.customers.length < data.total
                ? `Showing ${formatCount(data.customers.length)} of ${formatCount(data.total)} customers`
                : `${formatCount(data.total)} ${data.total === 1 ? 'customer' : 'customers'}`}
          </p>
          {data.customers.length > 0 && (
            <div className="table-wrap card">
              <table className="data-table" aria-busy={customers.isPlaceholderData || undefined}>
                <caption className="visually-hidden">Customers</caption>
                <thead>
                  <tr>
                    <th scope="col">Account</th>
                    <th scope="col">Title</th>
                    <th scope="col">Name</th>
                    <th scope="col">Email</th>
                    <th scope="col">Phone</th>
                    <th scope="col">Affiliations</th>
                    <th scope="col">Store</th>
                    <th scope="col">Loyalty cards</th>
                  </tr>
                </thead>
                <tbody>
                  {data.customers.map((customer) => (
                    <CustomerRow
                      key={customer.accountNumber}
                      customer={customer}
                      storeName={storeNames.get(customer.storeId) ?? customer.storeId}
                      affiliationName={(id) => affiliationNames.get(id) ?? id}
                    />
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </section>
  );
}
