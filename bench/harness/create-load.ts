import type { CreateLoad } from '../harness-api.ts';
import { createConnectivity } from '../../src/pos/sync/connectivity.ts';
import { createCustomer } from '../../src/pos/sync/create-customer.ts';
import { requestDrain } from './background-drains.ts';
import { benchDraft } from './bench-drafts.ts';
import { registerNamed, type SimulatedRegister } from './simulated-register.ts';
import { englishText } from '../../src/contract/messages.ts';

/** One register creating `count` customers one after another; adds each call's time to `load`. */
async function createSeries(
  register: SimulatedRegister,
  count: number,
  label: string,
  load: CreateLoad,
): Promise<void> {
  // Online, as the POS is between heartbeats; a real-time call that fails to communicate
  // turns it offline, and the next customers are then queued (B3).
  const connectivity = createConnectivity(() => Promise.resolve(true));
  const deps = {
    db: register.db,
    api: register.api,
    connectivity,
    onQueued: () => requestDrain(register),
  };
  for (let i = 0; i < count; i += 1) {
    const started = performance.now();
    const result = await createCustomer(deps, benchDraft(`${label}-${register.registerId}`, i));
    load.durationsMs.push(performance.now() - started);
    if (!result.ok) load.failures.push(englishText(result.message));
    else if (result.fellBackToAsync) load.fellBackToAsync += 1;
    else load[result.mode] += 1;
  }
}

/** `BenchHarness.createCustomers`: every register's series at once. */
export async function createCustomers(
  names: string[],
  perRegister: number,
  label: string,
): Promise<CreateLoad> {
  const load: CreateLoad = { durationsMs: [], sync: 0, async: 0, fellBackToAsync: 0, failures: [] };
  await Promise.all(
    names.map((name) => createSeries(registerNamed(name), perRegister, label, load)),
  );
  return load;
}
