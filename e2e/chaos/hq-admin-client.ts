import type { APIRequestContext } from '@playwright/test';
import type { z } from 'zod';
import { apiPaths } from '../../src/contract/api-paths.ts';
import type { Customer } from '../../src/contract/customer.ts';
import {
  asyncOperationsResponseSchema,
  hqCustomersResponseSchema,
  jobRunResponseSchema,
  type AsyncOperation,
  type AsyncOperationStatus,
  type JobId,
  type JobRun,
  type JobSchedule,
  type faultInjectionSchema,
} from '../../src/contract/hq-admin.ts';
import { activationCodeSchema } from '../../src/contract/tablet-setup.ts';
import { hqAdminPassword } from '../test-server.ts';

/** The chaos switches of POST apiPaths.testFaults. */
export type Faults = z.infer<typeof faultInjectionSchema>;

/** Every fault switched off. */
export const noFaults: Faults = {
  uploadFailures: 0,
  status: 503,
  dropAfterCommit: 0,
  failureRate: 0,
  delayMs: 0,
};

/** An admin or test-control call HQ answered with an error status. */
export class HqCallError extends Error {
  constructor(
    readonly status: number,
    readonly path: string,
    body: string,
  ) {
    super(`${path} answered ${status}: ${body}`);
    this.name = 'HqCallError';
  }
}

/** The HQ admin API and the test controls, signing in again whenever the session is refused. */
export function hqAdminClient(request: APIRequestContext) {
  async function signIn(): Promise<void> {
    const response = await request.post(apiPaths.hqSession, {
      data: { password: hqAdminPassword },
    });
    if (!response.ok()) {
      throw new HqCallError(response.status(), apiPaths.hqSession, await response.text());
    }
  }

  async function call(
    method: 'GET' | 'POST' | 'PATCH',
    path: string,
    data?: unknown,
  ): Promise<unknown> {
    for (let attempt = 1; ; attempt += 1) {
      const response = await request.fetch(path, {
        method,
        ...(data === undefined ? {} : { data }),
      });
      if (response.status() === 401 && attempt === 1) {
        await signIn();
        continue;
      }
      if (!response.ok()) throw new HqCallError(response.status(), path, await response.text());
      return response.status() === 204 ? null : response.json();
    }
  }

  return {
    signIn,
    async setFaults(faults: Faults): Promise<void> {
      await call('POST', apiPaths.testFaults, faults);
    },
    async setScaleUnitReachable(reachable: boolean): Promise<void> {
      await call('POST', apiPaths.testScaleUnit, { reachable });
    },
    async setAsyncMode(storeId: string, asyncCustomerMode: boolean): Promise<void> {
      await call('PATCH', apiPaths.hqStore(storeId), { asyncCustomerMode });
    },
    async setJobSchedule(jobId: JobId, schedule: Partial<JobSchedule>): Promise<void> {
      await call('PATCH', apiPaths.hqJob(jobId), schedule);
    },
    /** A one-time activation code for a register (`ABCD-EFGH`), as Add a tablet creates it. */
    async activationCode(registerId: string): Promise<string> {
      const body = await call('POST', apiPaths.hqRegisterActivationCode(registerId));
      return activationCodeSchema.parse(body).code;
    },
    async runJob(jobId: JobId): Promise<JobRun> {
      return jobRunResponseSchema.parse(await call('POST', apiPaths.hqJobRun(jobId))).run;
    },
    /** At most 500 operations, newest first (HQ's page size): filter to stay under it. */
    async operations(
      filter: { status?: AsyncOperationStatus; storeId?: string } = {},
    ): Promise<AsyncOperation[]> {
      const query = new URLSearchParams(filter).toString();
      const body = await call('GET', `${apiPaths.hqAsyncCustomers}${query ? `?${query}` : ''}`);
      return asyncOperationsResponseSchema.parse(body).operations;
    },
    /** HQ's customers whose last name is exactly `lastName` (found by HQ's search). */
    async customersNamed(lastName: string): Promise<Customer[]> {
      const body = await call(
        'GET',
        `${apiPaths.hqCustomers}?q=${encodeURIComponent(lastName)}&limit=500`,
      );
      return hqCustomersResponseSchema
        .parse(body)
        .customers.filter((customer) => customer.lastName === lastName);
    },
  };
}

export type HqAdminClient = ReturnType<typeof hqAdminClient>;

/** The test controls a scale unit answers (the combined server's, or every scale unit's). */
export type FaultSwitches = Pick<HqAdminClient, 'setFaults' | 'setScaleUnitReachable'>;

/** One set of switches that throws every scale unit's at once (split deployment). */
export function everyScaleUnit(units: readonly FaultSwitches[]): FaultSwitches {
  return {
    async setFaults(faults) {
      await Promise.all(units.map((unit) => unit.setFaults(faults)));
    },
    async setScaleUnitReachable(reachable) {
      await Promise.all(units.map((unit) => unit.setScaleUnitReachable(reachable)));
    },
  };
}
