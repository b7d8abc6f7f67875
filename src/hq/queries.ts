import { queryOptions } from '@tanstack/react-query';
import { apiPaths } from '../contract/api-paths.ts';
import {
  adminSessionSchema,
  affiliationsResponseSchema,
  asyncOperationDetailSchema,
  asyncOperationStatsSchema,
  asyncOperationsResponseSchema,
  hqCustomersResponseSchema,
  hqSettingsSchema,
  hqStoresResponseSchema,
  jobRunsResponseSchema,
  jobsResponseSchema,
  type AdminSession,
  type AsyncOperationStatus,
  type JobId,
} from '../contract/hq-admin.ts';
import { duplicatesResponseSchema } from '../contract/duplicates.ts';
import { registerHealthResponseSchema } from '../contract/health.ts';
import { scaleUnitsResponseSchema } from '../contract/scale-units.ts';
import { tabletSetupSchema } from '../contract/tablet-setup.ts';
import { getJson, isUnauthorized, withQuery } from './api.ts';

/** How often pages that show batch-job results poll, so scheduled runs appear by themselves. */
export const livePollMs = 2000;

/** How often the status chart refreshes. */
export const chartPollMs = 5000;

/** How often the Registers section refreshes the registers' health (X3). */
export const registerHealthPollMs = 5000;

/** How often the Scale units section asks again whether each scale unit answers (issue 12). */
export const scaleUnitsPollMs = 5000;

/**
 * The admin session's key. It sits outside `hq` so signing out can drop every HQ query and keep
 * this one.
 */
export const sessionKey = ['session'] as const;

/** Query keys of the console, in one place so mutations invalidate the right data. */
export const hqKeys = {
  all: ['hq'] as const,
  settings: ['hq', 'settings'] as const,
  affiliations: ['hq', 'affiliations'] as const,
  asyncCustomerStats: (hours: number, bucketMinutes: number) =>
    ['hq', 'async-customers', 'stats', hours, bucketMinutes] as const,
  asyncCustomer: (guid: string) => ['hq', 'async-customers', 'detail', guid] as const,
  jobs: ['hq', 'jobs'] as const,
  jobRuns: (id: JobId) => ['hq', 'jobs', id, 'runs'] as const,
  stores: ['hq', 'stores'] as const,
  asyncCustomers: ['hq', 'async-customers'] as const,
  customers: ['hq', 'customers'] as const,
  registerHealth: ['hq', 'registers', 'health'] as const,
  scaleUnits: ['hq', 'scale-units'] as const,
  duplicates: ['hq', 'duplicates'] as const,
  tabletSetup: ['hq', 'tablet-setup'] as const,
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

/** The server's https addresses and its store CA, for Add a tablet (issue 11). */
export const tabletSetupQuery = queryOptions({
  queryKey: hqKeys.tabletSetup,
  queryFn: () => getJson(apiPaths.hqTabletSetup, tabletSetupSchema),
});

/** Every register's last heartbeat and queue health, and whether it looks stuck (X3), polled. */
export const registerHealthQuery = queryOptions({
  queryKey: hqKeys.registerHealth,
  queryFn: () => getJson(apiPaths.hqRegisterHealth, registerHealthResponseSchema),
  refetchInterval: registerHealthPollMs,
});

/** Every scale unit: its stores, whether it answers now, its last pull and push, polled. */
export const scaleUnitsQuery = queryOptions({
  queryKey: hqKeys.scaleUnits,
  queryFn: () => getJson(apiPaths.hqScaleUnits, scaleUnitsResponseSchema),
  refetchInterval: scaleUnitsPollMs,
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

/** Which likely duplicates the review shows (X2). */
export type DuplicateView = 'open' | 'resolved';

/** Likely duplicates the sync job flagged, open or resolved, polled (the job may add some). */
export const duplicatesQuery = (view: DuplicateView) =>
  queryOptions({
    queryKey: [...hqKeys.duplicates, view] as const,
    queryFn: () =>
      getJson(withQuery(apiPaths.hqDuplicates, { status: view }), duplicatesResponseSchema),
    refetchInterval: livePollMs,
  });

/** The session as the console holds it once HQ said 401: signed out. */
export const signedOutSession: AdminSession = { signedIn: false, mustChangePassword: false };

/** Whether the administrator is signed in; a 401 on this call also means signed out. */
export const sessionQuery = queryOptions({
  queryKey: sessionKey,
  queryFn: async () => {
    try {
      return await getJson(apiPaths.hqSession, adminSessionSchema);
    } catch (error) {
      if (isUnauthorized(error)) return signedOutSession;
      throw error;
    }
  },
  staleTime: Infinity,
});

/** Feature management switches and the channel schema's filter. */
export const settingsQuery = queryOptions({
  queryKey: hqKeys.settings,
  queryFn: () => getJson(apiPaths.hqSettings, hqSettingsSchema),
});

/** Affiliations defined at HQ. */
export const affiliationsQuery = queryOptions({
  queryKey: hqKeys.affiliations,
  queryFn: () => getJson(apiPaths.hqAffiliations, affiliationsResponseSchema),
});

/** Async operations by status over time, for the chart, polled. */
export const asyncCustomerStatsQuery = (hours: number, bucketMinutes: number) =>
  queryOptions({
    queryKey: hqKeys.asyncCustomerStats(hours, bucketMinutes),
    queryFn: () =>
      getJson(
        withQuery(apiPaths.hqAsyncCustomerStats, { hours, bucketMinutes }),
        asyncOperationStatsSchema,
      ),
    refetchInterval: chartPollMs,
  });

/**
 * One operation with its record, for the fix dialog: loaded afresh each time the dialog opens
 * (nothing kept once it closes) and not refetched while it is being edited.
 */
export const asyncCustomerQuery = (guid: string) =>
  queryOptions({
    queryKey: hqKeys.asyncCustomer(guid),
    queryFn: () => getJson(apiPaths.hqAsyncCustomer(guid), asyncOperationDetailSchema),
    staleTime: Infinity,
    gcTime: 0,
  });
