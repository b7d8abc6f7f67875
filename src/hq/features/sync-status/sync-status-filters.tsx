import { useId } from 'react';
import {
  asyncOperationStatuses,
  type AsyncOperationStatus,
  type HqStore,
} from '../../../contract/hq-admin.ts';
import { statusLabel } from '../../components/status-pill.tsx';
import { t } from '../../i18n/i18n.ts';
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
    <div className="filters" role="group" aria-label={t('syncStatus.filters')}>
      <div className="field">
        <label htmlFor={`${id}-status`}>{t('common.status')}</label>
        <select
          id={`${id}-status`}
          value={filter.status}
          onChange={(e) => {
            const value = e.target.value;
            onChange({ ...filter, status: isStatus(value) ? value : '' });
          }}
        >
          <option value="">{t('syncStatus.all')}</option>
          {asyncOperationStatuses.map((status) => (
            <option key={status} value={status}>
              {statusLabel(status)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-store`}>{t('common.store')}</label>
        <select
          id={`${id}-store`}
          value={filter.storeId}
          onChange={(e) => onChange({ ...filter, storeId: e.target.value })}
        >
          <option value="">{t('syncStatus.allStores')}</option>
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
