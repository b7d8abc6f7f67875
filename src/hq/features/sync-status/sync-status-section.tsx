import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Loading } from '../../components/loading.tsx';
import { QueryError } from '../../components/query-error.tsx';
import { formatCount } from '../../format.ts';
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
      <h2 id="sync-status-heading">Customer synchronization status</h2>
      <p className="intro">
        Every asynchronous record from the registers (new customers, edits and addresses), from
        upload to its HQ account number. A failed operation keeps its last known error: open it with
        Fix, correct it and synchronize it again.
      </p>
      <StatusChart />
      <SyncStatusFilters
        filter={filter}
        stores={stores.data?.stores ?? []}
        onChange={(next) => {
          setFilter(next);
          setShown(pageSize);
        }}
      />
      {operations.isPending && <Loading what="operations" />}
      {operations.isError && (
        <QueryError
          what="operations"
          error={operations.error}
          onRetry={() => void operations.refetch()}
        />
      )}
      {operations.data && (
        <div className="table-wrap card">
          <table className="data-table" aria-busy={operations.isPlaceholderData || undefined}>
            <caption>
              {all.length > visible.length
                ? `Showing the newest ${formatCount(visible.length)} of ${formatCount(all.length)} operations`
                : `${formatCount(all.length)} ${all.length === 1 ? 'operation' : 'operations'}`}
            </caption>
            <thead>
              <tr>
                <th scope="col">Store</th>
                <th scope="col">Customer account</th>
                <th scope="col">Async customer account</th>
                <th scope="col">Kind</th>
                <th scope="col">Name</th>
                <th scope="col">Created</th>
                <th scope="col">Status</th>
                <th scope="col">Last known error</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {all.length === 0 ? (
                <tr>
                  <td colSpan={9} className="empty">
                    No asynchronous customer operations match these filters.
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
          Show {formatCount(Math.min(pageSize, all.length - shown))} more
        </button>
      )}
      {fixing && <FixDialog guid={fixing} storeName={storeName} onClose={() => setFixing(null)} />}
    </section>
  );
}
