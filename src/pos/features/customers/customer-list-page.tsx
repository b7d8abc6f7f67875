import { useState } from 'react';
import { Link, routes } from '../../services/router.tsx';
import { useConnectivity, useRegisterConfig } from '../../services/pos-services.tsx';
import { newCustomerBlocked } from './customer-rules.ts';
import { CustomerTable } from './customer-table.tsx';
import { SearchAllStores } from './search-all-stores.tsx';
import { useCustomerSearch } from './use-customer-search.ts';

/**
 * The register's customers: local search, newest first, pending ones included. The table's
 * caption names the query its rows were found for, which lags the typing by a search.
 */
export function CustomerListPage() {
  const [query, setQuery] = useState('');
  const results = useCustomerSearch(query);
  const config = useRegisterConfig();
  const { online } = useConnectivity();
  const blocked = config ? newCustomerBlocked(config, online) : null;
  return (
    <section aria-labelledby="customers-heading">
      <div className="page-head">
        <h1 id="customers-heading">Customers</h1>
        {blocked ? (
          <button type="button" className="primary" disabled aria-describedby="new-blocked">
            New customer
          </button>
        ) : (
          <Link to={routes.newCustomer} className="button primary">
            New customer
          </Link>
        )}
      </div>
      {blocked && (
        <p id="new-blocked" className="hint">
          {blocked}
        </p>
      )}
      <div className="search">
        <label htmlFor="customer-search">Search customers</label>
        <input
          id="customer-search"
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          placeholder="Name, phone, email or account number"
          autoComplete="off"
        />
      </div>
      <SearchAllStores query={query} />
      {results === undefined ? (
        <p>Loading…</p>
      ) : results.customers.length === 0 ? (
        <p className="empty">
          {results.query
            ? 'No customer on this register matches.'
            : 'No customers on this register yet.'}
        </p>
      ) : (
        <CustomerTable
          customers={results.customers}
          caption={results.query ? `Customers matching “${results.query}”` : 'Newest customers'}
        />
      )}
    </section>
  );
}
