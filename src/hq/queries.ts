import { queryOptions } from '@tanstack/react-query';
import { apiPaths } from '../contract/api-paths.ts';
import {
  asyncOperationsResponseSchema,
  hqCustomersResponseSchema,
  hqStoresResponseSchema,
  jobRunsResponseSchema,
  jobsResponseSchema,
  type AsyncOperationStatus,
  type JobId,
} from '../contract/hq-admin.ts';
import { getJson, withQuery } from './api.ts';

/** How often pages that show batch-job results poll, so scheduled runs appear by themselves. */
export const livePollMs = 2000;

/** Query keys of the console, in one place so mutations invalidate the right data. */
export const hqKeys = {
  jobs: ['hq', 'jobs'] as const,
  jobRuns: (id: JobId) => ['hq', 'jobs', id, 'runs'] as const,
  stores: ['hq', 'stores'] as const,
  asyncCustomers: ['hq', 'async-customers'] as const,
  customers: ['hq', 'customers'] as const,
};

/** The three batch jobs with their schedules and last runs, polled. */
export const jobsQuery = queryOptions({
  queryKey: hqKeys.jobs,
  queryFn: () => getJson(apiPaths.hqJobs, jobsResponseSchema),
  refetchInterval: livePollMs,
});

/** One job's run history, polled. */
export const jobRunsQuery = (id: JobId) =>
  queryOptions({
    queryKey: hqKeys.jobRuns(id),
    queryFn: () => getJson(apiPaths.hqJobRuns(id), jobRunsResponseSchema),
    refetchInterval: livePollMs,
  });

/** Stores with their registers, default customer and functionality profile. */
export const storesQuery = queryOptions({
  queryKey: hqKeys.stores,
  queryFn: () => getJson(apiPaths.hqStores, hqStoresResponseSchema),
});

/** Filters of the customer synchronization status page; empty means all. */
export type AsyncCustomerFilter = { status: AsyncOperationStatus | ''; storeId: string };

/** Asynchronous customer operations (B13), filtered, polled. */
export const asyncCustomersQuery = (filter: AsyncCustomerFilter) =>
  queryOptions({
    queryKey: [...hqKeys.asyncCustomers, filter] as const,
    queryFn: () =>
      getJson(
        withQuery(apiPaths.hqAsyncCustomers, { status: filter.status, storeId: filter.storeId }),
        asyncOperationsResponseSchema,
      ),
    refetchInterval: livePollMs,
  });

/** How many customers the Customers page lists at most. */
export const customersPageSize = 100;

/** HQ customers matching a search text (all when empty). */
export const customersQuery = (q: string) =>
  queryOptions({
    queryKey: [...hqKeys.customers, q] as const,
    queryFn: () =>
      getJson(
        withQuery(apiPaths.hqCustomers, { q: q.trim(), limit: customersPageSize }),
        hqCustomersResponseSchema,
      ),
  });
