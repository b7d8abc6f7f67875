import { jobIds, type AsyncOperation } from '../../src/contract/hq-admin.ts';
import { noFaults, type FaultSwitches, type HqAdminClient } from './hq-admin-client.ts';
import { sleep } from './random.ts';
import { pressSyncNow, readRegisterState, type RegisterSession } from './register-session.ts';

/**
 * Polls `done` until it holds or `timeoutMs` passes; returns whether it held. The caller goes on
 * either way, so the final checks report exactly what is missing.
 */
export async function waitFor(done: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await done()) return true;
    if (Date.now() > deadline) return false;
    await sleep(1_000);
  }
}

/** Every fault off, the scale unit reachable and every register online. */
export async function calm(
  switches: FaultSwitches,
  registers: readonly RegisterSession[],
): Promise<void> {
  await switches.setFaults(noFaults);
  await switches.setScaleUnitReachable(true);
  for (const register of registers) await register.context.setOffline(false);
}

/** Sync now until the register's queue holds nothing waiting to upload. */
export function drainRegister(register: RegisterSession, timeoutMs: number): Promise<boolean> {
  return waitFor(async () => {
    await pressSyncNow(register.page);
    const { outbox } = await readRegisterState(register.page);
    return outbox.every((entry) => entry.state !== 'pending' && entry.state !== 'sending');
  }, timeoutMs);
}

/**
 * Runs P-job, Synchronize customers and channel requests and 1010 until two rounds in a row
 * find nothing to read and HQ has no pending operation of the run.
 */
export async function runJobsUntilQuiet(
  hq: HqAdminClient,
  isOurs: (operation: AsyncOperation) => boolean,
  timeoutMs: number,
): Promise<boolean> {
  let quietRounds = 0;
  return waitFor(async () => {
    let read = 0;
    for (const jobId of jobIds) {
      const run = await hq.runJob(jobId);
      if (jobId !== 'distribution-1010') read += run.read;
    }
    const pending = (await hq.operations({ status: 'pending' })).filter(isOurs);
    quietRounds = read === 0 && pending.length === 0 ? quietRounds + 1 : 0;
    return quietRounds >= 2;
  }, timeoutMs);
}

/** Sync now until the register shows an account number for every customer it created. */
export function waitUntilNumbered(register: RegisterSession, timeoutMs: number): Promise<boolean> {
  return waitFor(async () => {
    await pressSyncNow(register.page);
    const { customers } = await readRegisterState(register.page);
    const numbered = new Set(
      customers.filter((customer) => customer.accountNumber).map((c) => c.lastName),
    );
    return register.created.every((name) => numbered.has(name));
  }, timeoutMs);
}
