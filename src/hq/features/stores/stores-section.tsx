import { useQuery } from '@tanstack/react-query';
import { Loading } from '../../components/loading.tsx';
import { QueryError } from '../../components/query-error.tsx';
import { storesQuery } from '../../queries.ts';
import { StoreCard } from './store-card.tsx';

/** Stores: registers, default customer, functionality profile and what new customers inherit. */
export function StoresSection() {
  const stores = useQuery(storesQuery);
  return (
    <section aria-labelledby="stores-heading">
      <h2 id="stores-heading">Stores</h2>
      <p className="intro">
        With <strong>Create customer in async mode</strong> on, a store's registers save new
        customers locally and the batch jobs create them at HQ. New customers inherit the store's
        defaults. Registers pick up a change the next time they download their settings.
      </p>
      {stores.isPending && <Loading what="stores" />}
      {stores.isError && (
        <QueryError what="stores" error={stores.error} onRetry={() => void stores.refetch()} />
      )}
      {stores.data && (
        <div className="store-list">
          {stores.data.stores.length === 0 && <p className="muted">No stores.</p>}
          {stores.data.stores.map((store) => (
            <StoreCard key={store.id} store={store} />
          ))}
        </div>
      )}
    </section>
  );
}
