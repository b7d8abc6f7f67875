import { useMutation } from '@tanstack/react-query';
import { searchAllStoresMinLength } from '../../../contract/realtime.ts';
import { useConnectivity, useServices } from '../../services/pos-services.tsx';
import { realtimeValue } from '../../sync/classify.ts';
import { CustomerTable } from './customer-table.tsx';

/** Search all stores (B12): asks HQ in real time; needs 4 characters and a connection. */
export function SearchAllStores({ query }: { query: string }) {
  const { api, connectivity } = useServices();
  const { online } = useConnectivity();
  const search = useMutation({
    mutationFn: async (q: string) =>
      realtimeValue(await api.searchAllStores(q), connectivity).customers,
  });
  const trimmed = query.trim();
  const blocked = !online
    ? 'Search all stores needs a connection to headquarters.'
    : trimmed.length < searchAllStoresMinLength
      ? `Type at least ${searchAllStoresMinLength} characters to search all stores.`
      : null;
  return (
    <div className="search-all">
      <button
        type="button"
        disabled={blocked !== null || search.isPending}
        aria-describedby="search-all-hint"
        onClick={() => search.mutate(trimmed)}
      >
        {search.isPending ? 'Searching…' : 'Search all stores'}
      </button>
      <span id="search-all-hint" className="hint">
        {blocked ?? 'Asks headquarters for customers of every store.'}
      </span>
      {search.isError && (
        <p className="form-error" role="alert">
          {search.error.message}
        </p>
      )}
      {search.isSuccess && (
        <section aria-label="Results from all stores">
          <h2>
            All stores:{' '}
            {search.data.length === 0 ? 'no customers found' : `${search.data.length} found`}
          </h2>
          {search.data.length > 0 && (
            <CustomerTable customers={search.data} caption="Customers found at headquarters" />
          )}
        </section>
      )}
    </div>
  );
}
