import type { QueueHealth, RegisterHealth } from '../../../contract/health.ts';
import { format, t } from '../../i18n/i18n.ts';
import { describe } from '../../i18n/messages.ts';

/** How a register is named to a person: "Shibuya Store register 2". */
export function registerName(storeName: string, registerNumber: string): string {
  return t('registers.name', { store: storeName, number: registerNumber });
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
      : [
          t('registers.stuckItem', {
            name: registerName(storeName(r.storeId), r.registerNumber),
            reason: describe(r.stuckReason),
          }),
        ],
  );
  return stuck.length === 0 ? null : t('registers.needALook', { list: format().list(stuck) });
}

/** The thresholds HQ uses to call a register stuck, in words. */
export function thresholdsText(silentMinutes: number, waitingMinutes: number): string {
  return t('registers.thresholds', {
    silent: t('registers.minutes', { count: silentMinutes }),
    waiting: t('registers.minutes', { count: waitingMinutes }),
  });
}

/** Whether the register's browser granted persistent storage, as the table shows it. */
export function persistentStorageLabel(
  queue: Pick<QueueHealth, 'persistentStorage'> | null,
): string {
  switch (queue?.persistentStorage) {
    case true:
      return t('registers.granted');
    case false:
      return t('registers.notGranted');
    default:
      return t('registers.unknown');
  }
}
