import { useQuery } from '@tanstack/react-query';
import { Loading } from '../../components/loading.tsx';
import { QueryError } from '../../components/query-error.tsx';
import { storesQuery } from '../../queries.ts';
import { StoreRow } from './store-row.tsx';

/** Stores: registers, default customer, and each store's "Create customer in async mode". */
export function StoresSection() {
  const stores = useQuery(storesQuery);
  return (
    <section aria-labelledby="stores-heading">
      <h2 id="stores-heading">Stores</h2>
      <p className="intro">
        With <strong>Create customer in async mode</strong> on, a store's registers save new
        customers locally and the batch jobs create them at HQ. Registers pick up a change the next
        time they download their settings.
      </p>
      {stores.isPending && <Loading what="stores" />}
      {stores.isError && (
        <QueryError what="stores" error={stores.error} onRetry={() => void stores.refetch()} />
      )}
      {stores.data && (
        <div className="table-wrap card">
          <table className="data-table">
            <caption className="visually-hidden">Stores</caption>
            <thead>
              <tr>
                <th scope="col">Store</th>
                <th scope="col">Registers</th>
                <th scope="col">Default customer</th>
                <th scope="col">Defaults for new customers</th>
                <th scope="col">Create customer in async mode</th>
              </tr>
            </thead>
            <tbody>
              {stores.data.stores.map((store) => (
                <StoreRow key={store.id} store={store} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
