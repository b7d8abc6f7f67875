import { setImmediate as nextTurn } from 'node:timers/promises';

/** Lets the event loop serve requests between a job's batches. */
export async function yieldNow(): Promise<void> {
  await nextTurn();
}
