import type { JobId, JobRun } from '../../../contract/hq-admin.ts';
import type { HqDb } from '../db/hq-db.ts';
import { statement } from '../../platform/db/sqlite.ts';
import type { JobResult } from './job-types.ts';
import { message, readMessage } from '../../../contract/messages.ts';

interface RunRow {
  id: number;
  job_id: JobId;
  trigger: JobRun['trigger'];
  started_at: string;
  ended_at: string | null;
  read: number;
  done: number;
  failed: number;
  errors: string;
}

/** A run's stored errors: messages, or English strings stored before messages were codes. */
function readRunErrors(stored: string): JobRun['errors'] {
  const list = JSON.parse(stored) as unknown[];
  return list.map((item) => {
    const record =
      typeof item === 'object' &&
      item !== null &&
      'record' in item &&
      typeof item.record === 'string'
        ? { record: item.record }
        : {};
    return { ...readMessage(item), ...record };
  });
}

function toRun(row: RunRow): JobRun {
  return {
    id: row.id,
    jobId: row.job_id,
    trigger: row.trigger,
    startedAt: row.started_at,
    endedAt: row.ended_at,
    read: row.read,
    done: row.done,
    failed: row.failed,
    errors: readRunErrors(row.errors),
  };
}

/** Records that a run started; returns its id. */
export function startRun(db: HqDb, jobId: JobId, trigger: JobRun['trigger'], now: string): number {
  return Number(
    statement(db, 'INSERT INTO job_runs (job_id, trigger, started_at) VALUES (?, ?, ?)').run(
      jobId,
      trigger,
      now,
    ).lastInsertRowid,
  );
}

/** How many runs per job the history keeps; older ones are pruned as new runs finish. */
export const runHistoryKept = 1000;

/** Records how a run ended, and prunes the job's history to the newest `runHistoryKept`. */
export function finishRun(db: HqDb, runId: number, result: JobResult, now: string): void {
  statement(
    db,
    'UPDATE job_runs SET ended_at = ?, read = ?, done = ?, failed = ?, errors = ? WHERE id = ?',
  ).run(now, result.read, result.done, result.failed, JSON.stringify(result.errors), runId);
  statement(
    db,
    `DELETE FROM job_runs WHERE job_id = (SELECT job_id FROM job_runs WHERE id = @runId)
       AND id <= (SELECT id FROM job_runs WHERE job_id = (SELECT job_id FROM job_runs WHERE id = @runId)
                  ORDER BY id DESC LIMIT 1 OFFSET @kept)`,
  ).run({ runId, kept: runHistoryKept });
}

/** Closes runs a stopped server left open, so the history never shows a run as still going. */
export function closeInterruptedRuns(db: HqDb): void {
  statement(db, `UPDATE job_runs SET ended_at = started_at, errors = ? WHERE ended_at IS NULL`).run(
    JSON.stringify([message('run-interrupted')]),
  );
}

/** One run by id, or null. */
export function findRun(db: HqDb, runId: number): JobRun | null {
  const row = statement(db, 'SELECT * FROM job_runs WHERE id = ?').get(runId) as RunRow | undefined;
  return row ? toRun(row) : null;
}

/** A job's runs, newest first. */
export function listRuns(db: HqDb, jobId: JobId, limit = 50): JobRun[] {
  return (
    statement(db, 'SELECT * FROM job_runs WHERE job_id = ? ORDER BY id DESC LIMIT ?').all(
      jobId,
      limit,
    ) as RunRow[]
  ).map(toRun);
}

/** A job's newest run, or null. */
export function lastRun(db: HqDb, jobId: JobId): JobRun | null {
  return listRuns(db, jobId, 1)[0] ?? null;
}
