import { useDeferredValue } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { searchCustomers } from '../../db/customers-repo.ts';
import type { LocalCustomer } from '../../db/schema.ts';
import { useServices } from '../../services/pos-services.tsx';

/** Local search over the register's customers, pending ones included (B12); live. */
export function useCustomerSearch(query: string): LocalCustomer[] | undefined {
  const { db } = useServices();
  const deferred = useDeferredValue(query);
  return useLiveQuery(() => searchCustomers(db, deferred), [db, deferred]);
}
