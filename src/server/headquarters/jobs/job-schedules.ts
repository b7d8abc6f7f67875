import { jobIds, type JobId, type JobSchedule } from '../../../contract/hq-admin.ts';
import type { HqDb } from '../db/hq-db.ts';
import { statement } from '../../platform/db/sqlite.ts';

/** How often a fresh install runs each job. */
export const defaultIntervalSeconds = 5;

/**
 * Gives every job a schedule row if it has none (a fresh install): enabled every 5 s, or all
 * disabled when `enabled` is false (HQ_JOB_SCHEDULE=off). Existing schedules are kept.
 */
export function ensureJobSchedules(db: HqDb, enabled: boolean): void {
  const insert = statement(
    db,
    'INSERT OR IGNORE INTO job_schedules (job_id, enabled, interval_seconds) VALUES (?, ?, ?)',
  );
  db.transaction(() => {
    for (const id of jobIds) insert.run(id, enabled ? 1 : 0, defaultIntervalSeconds);
  })();
}

/** A job's schedule (disabled every 5 s when it has none yet). */
export function readSchedule(db: HqDb, jobId: JobId): JobSchedule {
  const row = statement(
    db,
    'SELECT enabled, interval_seconds AS intervalSeconds FROM job_schedules WHERE job_id = ?',
  ).get(jobId) as { enabled: number; intervalSeconds: number } | undefined;
  return row
    ? { enabled: row.enabled === 1, intervalSeconds: row.intervalSeconds }
    : { enabled: false, intervalSeconds: defaultIntervalSeconds };
}

/** Changes part of a job's schedule; returns the schedule now in force. */
export function updateSchedule(db: HqDb, jobId: JobId, patch: Partial<JobSchedule>): JobSchedule {
  const next = { ...readSchedule(db, jobId), ...patch };
  statement(
    db,
    `INSERT INTO job_schedules (job_id, enabled, interval_seconds) VALUES (?, ?, ?)
     ON CONFLICT (job_id) DO UPDATE SET enabled = excluded.enabled,
       interval_seconds = excluded.interval_seconds`,
  ).run(jobId, next.enabled ? 1 : 0, next.intervalSeconds);
  return next;
}
