import { useDeferredValue } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { searchCustomers } from '../../db/customers-repo.ts';
import type { LocalCustomer } from '../../db/schema.ts';
import { useServices } from '../../services/pos-services.tsx';

/** Customers found by a search, with the query they were found for (it lags the typing). */
export interface CustomerSearchResults {
  query: string;
  customers: LocalCustomer[];
}

/** Local search over the register's customers, pending ones included (B12); live. */
export function useCustomerSearch(query: string): CustomerSearchResults | undefined {
  const { db } = useServices();
  const deferred = useDeferredValue(query);
  return useLiveQuery(
    async () => ({ query: deferred, customers: await searchCustomers(db, deferred) }),
    [db, deferred],
  );
}
