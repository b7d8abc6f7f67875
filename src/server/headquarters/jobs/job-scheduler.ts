import { jobIds, type JobRun } from '../../../contract/hq-admin.ts';
import type { Clock } from '../../platform/clock.ts';
import type { HqDb } from '../db/hq-db.ts';
import type { JobRunner } from './job-runner.ts';
import { lastRun } from './job-runs.ts';
import { readSchedule } from './job-schedules.ts';

/** Starts scheduled job runs when they are due. */
export interface JobScheduler {
  start(): void;
  /** Stops ticking and waits for runs in progress. */
  stop(): Promise<void>;
  /** True between start() and stop(): what /readyz reports. */
  isRunning(): boolean;
  /** Starts every due job now and resolves with the runs it started (used by the timer and tests). */
  tick(): Promise<JobRun[]>;
}

/**
 * The scheduler: every `tickMs` it starts each enabled job whose last run (of any trigger)
 * started at least `intervalSeconds` ago. A job still running is skipped, so runs never overlap.
 */
export function createJobScheduler(options: {
  hqDb: HqDb;
  runner: JobRunner;
  clock: Clock;
  tickMs?: number;
  onError?: (error: unknown) => void;
}): JobScheduler {
  const { hqDb, runner, clock } = options;
  let timer: ReturnType<typeof setInterval> | null = null;

  function isDue(jobId: (typeof jobIds)[number]): boolean {
    const schedule = readSchedule(hqDb, jobId);
    if (!schedule.enabled || runner.isRunning(jobId)) return false;
    const last = lastRun(hqDb, jobId);
    if (!last) return true;
    return clock.now().getTime() - Date.parse(last.startedAt) >= schedule.intervalSeconds * 1000;
  }

  async function tick(): Promise<JobRun[]> {
    const started = jobIds.filter(isDue).map((jobId) => runner.run(jobId, 'schedule'));
    return Promise.all(started);
  }

  return {
    start() {
      if (timer) return;
      timer = setInterval(() => {
        tick().catch((error: unknown) => options.onError?.(error));
      }, options.tickMs ?? 1000);
      timer.unref();
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = null;
      await runner.idle();
    },
    isRunning: () => timer !== null,
    tick,
  };
}
