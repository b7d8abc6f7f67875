import { useState } from 'react';
import { t } from '../../i18n/i18n.ts';
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
        <h1 id="customers-heading">{t('customerList.heading')}</h1>
        {blocked ? (
          <button type="button" className="primary" disabled aria-describedby="new-blocked">
            {t('customerList.newCustomer')}
          </button>
        ) : (
          <Link to={routes.newCustomer} className="button primary">
            {t('customerList.newCustomer')}
          </Link>
        )}
      </div>
      {blocked && (
        <p id="new-blocked" className="hint">
          {blocked}
        </p>
      )}
      <div className="search">
        <label htmlFor="customer-search">{t('customerList.search')}</label>
        <input
          id="customer-search"
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          placeholder={t('customerList.searchPlaceholder')}
          autoComplete="off"
        />
      </div>
      <SearchAllStores query={query} />
      {results === undefined ? (
        <p>{t('app.loading')}</p>
      ) : results.customers.length === 0 ? (
        <p className="empty">
          {results.query ? t('customerList.noMatch') : t('customerList.none')}
        </p>
      ) : (
        <CustomerTable
          customers={results.customers}
          caption={
            results.query
              ? t('customerList.matchingCaption', { query: results.query })
              : t('customerList.newestCaption')
          }
        />
      )}
    </section>
  );
}
