import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Loading } from '../../components/loading.tsx';
import { QueryError } from '../../components/query-error.tsx';
import { t } from '../../i18n/i18n.ts';
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
      <h2 id="customers-heading">{t('app.sections.customers')}</h2>
      <form className="filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <div className="field field-grow">
          <label htmlFor={`${id}-q`}>{t('customers.search')}</label>
          <input
            id={`${id}-q`}
            type="search"
            value={text}
            maxLength={100}
            autoComplete="off"
            placeholder={t('customers.searchPlaceholder')}
            onChange={(e) => setText(e.target.value)}
          />
        </div>
      </form>
      {customers.isPending && <Loading what={t('things.customers')} />}
      {customers.isError && (
        <QueryError
          what={t('things.customers')}
          error={customers.error}
          onRetry={() => void customers.refetch()}
        />
      )}
      {data && (
        <>
          <p className="result-count" role="status">
            {data.total === 0
              ? t('customers.noneFound')
              : data.customers.length < data.total
                ? t('customers.showing', { shown: data.customers.length, total: data.total })
                : t('customers.count', { count: data.total })}
          </p>
          {data.customers.length > 0 && (
            <div className="table-wrap card">
              <table className="data-table" aria-busy={customers.isPlaceholderData || undefined}>
                <caption className="visually-hidden">{t('app.sections.customers')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('customers.account')}</th>
                    <th scope="col">{t('common.title')}</th>
                    <th scope="col">{t('common.name')}</th>
                    <th scope="col">{t('common.email')}</th>
                    <th scope="col">{t('common.phone')}</th>
                    <th scope="col">{t('customers.affiliations')}</th>
                    <th scope="col">{t('common.store')}</th>
                    <th scope="col">{t('customers.loyaltyCards')}</th>
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
