import type { QueueHealth, RegisterHealth } from '../../../contract/health.ts';

/** How a register is named to a person: "Shibuya Store register 2". */
export function registerName(storeName: string, registerNumber: string): string {
  return `${storeName} register ${registerNumber}`;
}

/** Registers by store name, then register number (2 before 10). */
export function sortRegisters(
  registers: readonly RegisterHealth[],
  storeName: (storeId: string) => string,
): RegisterHealth[] {
  return [...registers].sort(
    (a, b) =>
      storeName(a.storeId).localeCompare(storeName(b.storeId)) ||
      a.registerNumber.localeCompare(b.registerNumber, undefined, { numeric: true }),
  );
}

/**
 * X3: the banner listing every stuck register with its reason, in the order given, or null
 * when none is stuck.
 */
export function stuckSummary(
  registers: readonly Pick<RegisterHealth, 'storeId' | 'registerNumber' | 'stuckReason'>[],
  storeName: (storeId: string) => string,
): string | null {
  const stuck = registers.flatMap((r) =>
    r.stuckReason === null
      ? []
      : [`${registerName(storeName(r.storeId), r.registerNumber)} (${r.stuckReason})`],
  );
  return stuck.length === 0 ? null : `Registers that need a look: ${stuck.join(', ')}`;
}

const minutes = (n: number) => `${n} ${n === 1 ? 'minute' : 'minutes'}`;

/** The thresholds HQ uses to call a register stuck, in words. */
export function thresholdsText(silentMinutes: number, waitingMinutes: number): string {
  return `Stuck after ${minutes(silentMinutes)} without contact or ${minutes(waitingMinutes)} with records waiting.`;
}

/** Whether the register's browser granted persistent storage, as the table shows it. */
export function persistentStorageLabel(
  queue: Pick<QueueHealth, 'persistentStorage'> | null,
): string {
  switch (queue?.persistentStorage) {
    case true:
      return 'Granted';
    case false:
      return 'Not granted';
    default:
      return 'Unknown';
  }
}
