import { drainOutbox } from '../../src/pos/sync/upload.ts';
import type { SimulatedRegister } from './simulated-register.ts';
import { englishText } from '../../src/contract/messages.ts';

interface DrainState {
  running: Promise<void>;
  /** A record was queued while the drain ran: drain once more after it. */
  again: boolean;
}

const states = new Map<string, DrainState>();
let sent = 0;
let errors: string[] = [];

/**
 * Starts the register's upload drain in the background, as the POS's `onQueued` does through
 * its sync engine: one drain per register at a time, and one more if records were queued
 * while it ran. (All simulated registers share one page, so their drains also share the POS's
 * Web Lock and run one after another.)
 */
export function requestDrain(register: SimulatedRegister): void {
  const state = states.get(register.name);
  if (state) {
    state.again = true;
    return;
  }
  const running = (async () => {
    for (let more = true; more;) {
      const report = await drainOutbox({ db: register.db, api: register.api });
      sent += report.accepted + report.duplicates;
      if (report.error) errors.push(`${register.name}: ${englishText(report.error)}`);
      const current = states.get(register.name);
      more = current?.again ?? false;
      if (current) current.again = false;
    }
  })()
    .catch((error: unknown) => {
      errors.push(`${register.name}: ${error instanceof Error ? error.message : String(error)}`);
    })
    .finally(() => states.delete(register.name));
  states.set(register.name, { running, again: false });
}

/**
 * Waits until every background drain has finished; returns how many records they uploaded
 * since the last call. Throws when a drain left records waiting.
 */
export async function settleDrains(): Promise<number> {
  while (states.size > 0) await Promise.all([...states.values()].map((s) => s.running));
  const [count, failures] = [sent, errors];
  sent = 0;
  errors = [];
  if (failures.length > 0) throw new Error(`Background drains failed: ${failures.join('; ')}`);
  return count;
}
