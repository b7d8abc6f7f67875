import type { HqDb } from './db/hq-db.ts';
import { statement } from '../platform/db/sqlite.ts';

/** The incremental jobs' high-water marks, kept at HQ (P-job and 1010: one per scale unit). */
export type WatermarkName =
  | `p-job.replication-counter@${string}`
  | `distribution-1010.row-version@${string}`
  | 'duplicate-check.row-version';

/** The last value a job processed (0 before its first run). */
export function readWatermark(db: HqDb, name: WatermarkName): number {
  const row = statement(db, 'SELECT value FROM watermarks WHERE name = ?').get(name) as
    { value: number } | undefined;
  return row?.value ?? 0;
}

/** Moves a watermark forward (never back). */
export function advanceWatermark(db: HqDb, name: WatermarkName, value: number): void {
  statement(
    db,
    `INSERT INTO watermarks (name, value) VALUES (?, ?)
     ON CONFLICT (name) DO UPDATE SET value = MAX(value, excluded.value)`,
  ).run(name, value);
}
