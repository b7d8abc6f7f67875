import { expect, type APIRequestContext, type APIResponse } from '@playwright/test';
import { apiPaths } from '../src/contract/api-paths.ts';
import type { Customer } from '../src/contract/customer.ts';
import {
  asyncOperationsResponseSchema,
  hqCustomersResponseSchema,
  hqStoresResponseSchema,
  jobIds,
  jobRunResponseSchema,
  type AsyncOperation,
  type HqStore,
  type JobId,
} from '../src/contract/hq-admin.ts';
import {
  duplicateResponseSchema,
  duplicatesResponseSchema,
  type DuplicateFlag,
} from '../src/contract/duplicates.ts';
import type { CustomerFeatures } from '../src/contract/register.ts';
import { registerHealthResponseSchema } from '../src/contract/health.ts';
import { activationCodeSchema, type ActivationCode } from '../src/contract/tablet-setup.ts';
import { hqAdminPassword } from './test-server.ts';

async function ok(response: APIResponse): Promise<unknown> {
  expect(
    response.ok(),
    `${response.url()} answered ${response.status()}: ${await response.text()}`,
  ).toBe(true);
  return response.status() === 204 ? null : response.json();
}

/**
 * HQ and test controls over HTTP, for setting the scene and checking what reached HQ. Signs in
 * to the admin API once per request context.
 */
export function hqApi(request: APIRequestContext) {
  let session: Promise<unknown> | null = null;
  const signedIn = () =>
    (session ??= request
      .post(apiPaths.hqSession, { data: { password: hqAdminPassword } })
      .then(ok));

  const api = {
    async setAsyncMode(storeId: string, asyncCustomerMode: boolean): Promise<void> {
      await signedIn();
      await ok(await request.patch(apiPaths.hqStore(storeId), { data: { asyncCustomerMode } }));
    },
    async setFeatures(features: Partial<CustomerFeatures>): Promise<void> {
      await signedIn();
      await ok(await request.patch(apiPaths.hqSettings, { data: { features } }));
    },
    async setFilterSharedCustomerData(filterSharedCustomerData: boolean): Promise<void> {
      await signedIn();
      await ok(await request.patch(apiPaths.hqSettings, { data: { filterSharedCustomerData } }));
    },
    /** The state each test starts from: sync mode, features off, no filter, no faults. */
    async reset(): Promise<void> {
      await api.setScaleUnitReachable(true);
      await api.failNextUploads(0);
      await api.setFeatures({ asyncCustomerEditing: false });
      await api.setFeatures({ asyncAddressCreation: false, enhancedAsyncCreation: false });
      await api.setFilterSharedCustomerData(false);
      await api.setAsyncMode('S001', false);
      await api.setAsyncMode('S002', false);
    },
    async runJob(id: JobId) {
      await signedIn();
      return jobRunResponseSchema.parse(await ok(await request.post(apiPaths.hqJobRun(id)))).run;
    },
    /** Runs P-job, Synchronize customers and channel requests, then 1010, and returns their runs. */
    async runJobs() {
      const runs = [];
      for (const id of jobIds) runs.push(await api.runJob(id));
      return runs;
    },
    async asyncOperations(): Promise<AsyncOperation[]> {
      await signedIn();
      return asyncOperationsResponseSchema.parse(
        await ok(await request.get(apiPaths.hqAsyncCustomers)),
      ).operations;
    },
    async customers(q: string): Promise<Customer[]> {
      await signedIn();
      const body = await ok(
        await request.get(`${apiPaths.hqCustomers}?q=${encodeURIComponent(q)}`),
      );
      return hqCustomersResponseSchema.parse(body).customers;
    },
    async stores(): Promise<HqStore[]> {
      await signedIn();
      return hqStoresResponseSchema.parse(await ok(await request.get(apiPaths.hqStores))).stores;
    },
    /** The id of the register a store's "Register <number>" is, e.g. ('Shibuya Store', 'Register 2'). */
    async registerId(storeName: string, registerLabel: string): Promise<string> {
      const number = registerLabel.replace(/^Register\s*/, '');
      const store = (await api.stores()).find((s) => s.name === storeName);
      const register = store?.registers.find((r) => r.number === number);
      if (!register) throw new Error(`HQ has no ${registerLabel} in a store named ${storeName}`);
      return register.id;
    },
    /** A one-time activation code for a register, as Add a tablet creates it (`ABCD-EFGH`). */
    async activationCode(registerId: string): Promise<ActivationCode> {
      await signedIn();
      return activationCodeSchema.parse(
        await ok(await request.post(apiPaths.hqRegisterActivationCode(registerId))),
      );
    },
    async registerHealth() {
      await signedIn();
      return registerHealthResponseSchema.parse(
        await ok(await request.get(apiPaths.hqRegisterHealth)),
      );
    },
    /** Merges the open likely duplicate between two customers (X2), keeping the first. */
    async mergeLikelyDuplicate(keepName: string, otherName: string): Promise<DuplicateFlag> {
      await signedIn();
      const { flags } = duplicatesResponseSchema.parse(
        await ok(await request.get(`${apiPaths.hqDuplicates}?status=open`)),
      );
      const names = (f: DuplicateFlag) => f.customers.map((c) => `${c.firstName} ${c.lastName}`);
      const flag = flags.find((f) => names(f).includes(keepName) && names(f).includes(otherName));
      const keep = flag?.customers.find((c) => `${c.firstName} ${c.lastName}` === keepName);
      if (!flag || !keep) throw new Error(`no likely duplicate of ${keepName} and ${otherName}`);
      const body = await ok(
        await request.post(apiPaths.hqDuplicateMerge(flag.id), {
          data: { keep: keep.accountNumber },
        }),
      );
      return duplicateResponseSchema.parse(body).flag;
    },
    async setScaleUnitReachable(reachable: boolean): Promise<void> {
      await ok(await request.post(apiPaths.testScaleUnit, { data: { reachable } }));
    },
    async failNextUploads(uploadFailures: number, status = 503): Promise<void> {
      await ok(await request.post(apiPaths.testFaults, { data: { uploadFailures, status } }));
    },
  };
  return api;
}
