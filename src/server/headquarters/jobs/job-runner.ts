import type { JobId, JobRun } from '../../../contract/hq-admin.ts';
import { nowIso } from '../../platform/clock.ts';
import { runDistribution1010Job } from './distribution-1010-job.ts';
import { closeInterruptedRuns, findRun, finishRun, startRun } from './job-runs.ts';
import type { JobContext, JobFunction, JobResult } from './job-types.ts';
import { runPJob } from './p-job.ts';
import { runSyncCustomersJob } from './sync-customers-job.ts';
import { message } from '../../../contract/messages.ts';

/** The function behind each job id. */
export const jobFunctions: Record<JobId, JobFunction> = {
  'p-job': runPJob,
  'sync-customers': runSyncCustomersJob,
  'distribution-1010': runDistribution1010Job,
};

/** Runs jobs, recording each run in the history, and never runs one job twice at once. */
export interface JobRunner {
  /**
   * Runs a job to completion and returns its recorded run. If the job is already running (by
   * schedule or by hand), no second run starts: the caller gets the running one's result.
   */
  run(jobId: JobId, trigger: JobRun['trigger']): Promise<JobRun>;
  isRunning(jobId: JobId): boolean;
  /** Resolves when every running job has finished. */
  idle(): Promise<void>;
}

/** Creates the job runner; closes runs a previous process left open. */
export function createJobRunner(
  ctx: JobContext,
  functions: Record<JobId, JobFunction> = jobFunctions,
): JobRunner {
  const running = new Map<JobId, Promise<JobRun>>();
  closeInterruptedRuns(ctx.hqDb);

  async function execute(jobId: JobId, trigger: JobRun['trigger']): Promise<JobRun> {
    const runId = startRun(ctx.hqDb, jobId, trigger, nowIso(ctx.clock));
    let result: JobResult;
    try {
      result = await functions[jobId](ctx);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      result = { read: 0, done: 0, failed: 0, errors: [message('job-stopped', { reason })] };
    }
    finishRun(ctx.hqDb, runId, result, nowIso(ctx.clock));
    const run = findRun(ctx.hqDb, runId);
    if (!run) throw new Error(`Run ${runId} vanished from the history.`);
    return run;
  }

  return {
    run(jobId, trigger) {
      const current = running.get(jobId);
      if (current) return current;
      const promise = execute(jobId, trigger).finally(() => running.delete(jobId));
      running.set(jobId, promise);
      return promise;
    },
    isRunning: (jobId) => running.has(jobId),
    async idle() {
      await Promise.allSettled([...running.values()]);
    },
  };
}
