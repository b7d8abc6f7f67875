import type { HqAdminClient } from '../e2e/chaos/hq-admin-client.ts';
import { jobIds } from '../src/contract/hq-admin.ts';
import { benchExtraRegisters } from './bench-server.ts';

/** `S001-R<from>` … `S001-R<to>`. */
function shibuyaRegisters(from: number, to: number): string[] {
  return Array.from({ length: to - from + 1 }, (_, i) => `S001-R${from + i}`);
}

/**
 * Which of the Shibuya Store's extra registers (S001-R3 … S001-R62, see `benchExtraRegisters`)
 * the simulated registers of each scenario are activated as; the UI scenarios use R1 and R2.
 */
export const simulatedRegisterIds = {
  /** Item 2: fifty registers creating customers at once. */
  load: shibuyaRegisters(3, 52),
  /** Item 4: a fresh register per run. */
  drain: shibuyaRegisters(53, 57),
  /** Item 5: a fresh register per run. */
  fullLoop: shibuyaRegisters(58, 2 + benchExtraRegisters),
} as const;

/**
 * The register a run activates, cycling through `ids`: activating one again revokes the token
 * of the run before, which is done with it by then.
 */
export function registerForRun(ids: readonly string[], run: number): string {
  const id = ids[run % ids.length];
  if (id === undefined) throw new Error('No simulated register to activate.');
  return id;
}

/** A label unique to this run, for customer names: `prefix`, the run, and the time in base 36. */
export function runLabel(prefix: string, run: number): string {
  return `${prefix}${run + 1}-${Date.now().toString(36)}`;
}

/**
 * Runs the P-job, the sync job and 1010 once each, so HQ converts and distributes what a
 * scenario uploaded and no later scenario inherits its backlog.
 */
export async function convertBacklog(hq: HqAdminClient): Promise<void> {
  for (const job of jobIds) await hq.runJob(job);
}
