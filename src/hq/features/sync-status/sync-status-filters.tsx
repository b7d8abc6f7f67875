import { useId } from 'react';
import {
  asyncOperationStatuses,
  type AsyncOperationStatus,
  type HqStore,
} from '../../../contract/hq-admin.ts';
import { statusLabels } from '../../components/status-pill.tsx';
import type { AsyncCustomerFilter } from '../../queries.ts';

function isStatus(value: string): value is AsyncOperationStatus {
  return (asyncOperationStatuses as readonly string[]).includes(value);
}

/** Status and store filters of the customer synchronization status page. */
export function SyncStatusFilters({
  filter,
  stores,
  onChange,
}: {
  filter: AsyncCustomerFilter;
  stores: readonly HqStore[];
  onChange: (filter: AsyncCustomerFilter) => void;
}) {
  const id = useId();
  return (
    <div className="filters" role="group" aria-label="Filters">
      <div className="field">
        <label htmlFor={`${id}-status`}>Status</label>
        <select
          id={`${id}-status`}
          value={filter.status}
          onChange={(e) => {
            const value = e.target.value;
            onChange({ ...filter, status: isStatus(value) ? value : '' });
          }}
        >
          <option value="">All</option>
          {asyncOperationStatuses.map((status) => (
            <option key={status} value={status}>
              {statusLabels[status]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-store`}>Store</label>
        <select
          id={`${id}-store`}
          value={filter.storeId}
          onChange={(e) => onChange({ ...filter, storeId: e.target.value })}
        >
          <option value="">All stores</option>
          {stores.map((store) => (
            <option key={store.id} value={store.id}>
              {store.name}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
