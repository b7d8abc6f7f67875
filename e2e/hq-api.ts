import { expect, type APIRequestContext } from '@playwright/test';
import { apiPaths } from '../src/contract/api-paths.ts';
import { jobIds } from '../src/contract/hq-admin.ts';
import {
  asyncOperationsResponseSchema,
  hqCustomersResponseSchema,
  jobRunResponseSchema,
  type AsyncOperation,
} from '../src/contract/hq-admin.ts';
import type { Customer } from '../src/contract/customer.ts';

/** HQ and test controls over HTTP, for setting the scene and checking what reached HQ. */
export function hqApi(request: APIRequestContext) {
  async function ok(response: Awaited<ReturnType<APIRequestContext['get']>>): Promise<unknown> {
    expect(
      response.ok(),
      `${response.url()} answered ${response.status()}: ${await response.text()}`,
    ).toBe(true);
    return response.json();
  }
  return {
    async setAsyncMode(storeId: string, asyncCustomerMode: boolean): Promise<void> {
      await ok(await request.patch(apiPaths.hqStore(storeId), { data: { asyncCustomerMode } }));
    },
    /** Runs P-job, Synchronize customers and channel requests, then 1010, and returns their runs. */
    async runJobs() {
      const runs = [];
      for (const id of jobIds)
        runs.push(
          jobRunResponseSchema.parse(await ok(await request.post(apiPaths.hqJobRun(id)))).run,
        );
      return runs;
    },
    async setScaleUnitReachable(reachable: boolean): Promise<void> {
      await ok(await request.post(apiPaths.testScaleUnit, { data: { reachable } }));
    },
    async failNextUploads(uploadFailures: number, status = 503): Promise<void> {
      await ok(await request.post(apiPaths.testFaults, { data: { uploadFailures, status } }));
    },
    /** Runs one job by id (see jobIds). */
    async runJob(id: (typeof jobIds)[number]) {
      return jobRunResponseSchema.parse(await ok(await request.post(apiPaths.hqJobRun(id)))).run;
    },
    async asyncOperations(): Promise<AsyncOperation[]> {
      return asyncOperationsResponseSchema.parse(
        await ok(await request.get(apiPaths.hqAsyncCustomers)),
      ).operations;
    },
    async customers(q: string): Promise<Customer[]> {
      const body = await ok(
        await request.get(`${apiPaths.hqCustomers}?q=${encodeURIComponent(q)}`),
      );
      return hqCustomersResponseSchema.parse(body).customers;
    },
  };
}
