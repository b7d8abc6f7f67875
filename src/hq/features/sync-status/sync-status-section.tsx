import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Loading } from '../../components/loading.tsx';
import { QueryError } from '../../components/query-error.tsx';
import { t } from '../../i18n/i18n.ts';
import { asyncCustomersQuery, storesQuery, type AsyncCustomerFilter } from '../../queries.ts';
import type { AsyncOperation } from '../../../contract/hq-admin.ts';
import { FixDialog } from './fix-dialog.tsx';
import { OperationRow } from './operation-row.tsx';
import { StatusChart } from './status-chart.tsx';
import { SyncStatusFilters } from './sync-status-filters.tsx';

const pageSize = 100;

/** Operations newest first. */
export function newestOperationsFirst(operations: readonly AsyncOperation[]): AsyncOperation[] {
  return [...operations].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** Customer synchronization status (B13): every asynchronous customer operation, filtered. */
export function SyncStatusSection() {
  const [filter, setFilter] = useState<AsyncCustomerFilter>({ status: '', storeId: '' });
  const stores = useQuery(storesQuery);
  const operations = useQuery({
    ...asyncCustomersQuery(filter),
    placeholderData: keepPreviousData,
  });
  const [shown, setShown] = useState(pageSize);
  const [fixing, setFixing] = useState<string | null>(null);
  const storeNames = new Map(stores.data?.stores.map((s) => [s.id, s.name]));
  const storeName = (id: string) => storeNames.get(id) ?? id;
  const all = operations.data ? newestOperationsFirst(operations.data.operations) : [];
  const visible = all.slice(0, shown);

  return (
    <section aria-labelledby="sync-status-heading">
      <h2 id="sync-status-heading">{t('app.sections.sync-status')}</h2>
      <p className="intro">{t('syncStatus.intro')}</p>
      <StatusChart />
      <SyncStatusFilters
        filter={filter}
        stores={stores.data?.stores ?? []}
        onChange={(next) => {
          setFilter(next);
          setShown(pageSize);
        }}
      />
      {operations.isPending && <Loading what={t('things.operations')} />}
      {operations.isError && (
        <QueryError
          what={t('things.operations')}
          error={operations.error}
          onRetry={() => void operations.refetch()}
        />
      )}
      {operations.data && (
        <div className="table-wrap card">
          <table className="data-table" aria-busy={operations.isPlaceholderData || undefined}>
            <caption>
              {all.length > visible.length
                ? t('syncStatus.showingNewest', { shown: visible.length, total: all.length })
                : t('syncStatus.operations', { count: all.length })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('common.store')}</th>
                <th scope="col">{t('syncStatus.customerAccount')}</th>
                <th scope="col">{t('syncStatus.asyncCustomerAccount')}</th>
                <th scope="col">{t('common.kind')}</th>
                <th scope="col">{t('common.name')}</th>
                <th scope="col">{t('common.created')}</th>
                <th scope="col">{t('common.status')}</th>
                <th scope="col">{t('syncStatus.lastKnownError')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('common.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {all.length === 0 ? (
                <tr>
                  <td colSpan={9} className="empty">
                    {t('syncStatus.noOperations')}
                  </td>
                </tr>
              ) : (
                visible.map((operation) => (
                  <OperationRow
                    key={operation.guid}
                    operation={operation}
                    storeName={storeName(operation.storeId)}
                    onFix={setFixing}
                  />
                ))
              )}
            </tbody>
          </table>
        </div>
      )}
      {all.length > shown && (
        <button
          type="button"
          className="button-secondary"
          onClick={() => setShown((n) => n + pageSize)}
        >
          {t('syncStatus.showMore', { n: Math.min(pageSize, all.length - shown) })}
        </button>
      )}
      {fixing && <FixDialog guid={fixing} storeName={storeName} onClose={() => setFixing(null)} />}
    </section>
  );
}
