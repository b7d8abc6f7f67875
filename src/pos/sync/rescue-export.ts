import type { RescueFile } from '../../contract/health.ts';
import type { RegisterConfig } from '../../contract/register.ts';
import { openEntries } from '../db/outbox-repo.ts';
import type { PosDatabase } from '../db/schema.ts';

/**
 * X4: every record this register has not seen applied at HQ, in queue order, as a file HQ can
 * import. Records the scale unit already has are included too: HQ's import is idempotent.
 */
export async function buildRescueFile(
  db: PosDatabase,
  config: Pick<RegisterConfig, 'storeId' | 'registerId'>,
  now: Date = new Date(),
): Promise<RescueFile> {
  const entries = await openEntries(db);
  return {
    format: 'pos-rescue/1',
    storeId: config.storeId,
    registerId: config.registerId,
    exportedAt: now.toISOString(),
    records: entries.map((e) => e.record),
  };
}

/** The file name: store, register and time, safe on every file system. */
export function rescueFileName(
  file: Pick<RescueFile, 'storeId' | 'registerId' | 'exportedAt'>,
): string {
  return `pos-rescue-${file.registerId}-${file.exportedAt.replace(/[:.]/g, '-')}.json`;
}
