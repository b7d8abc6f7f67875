import type { FastifyBaseLogger } from 'fastify';
import type { Clock } from '../platform/clock.ts';
import type { ServerEnv } from '../platform/env.ts';
import type { HqDb } from './db/hq-db.ts';
import { isHqEmpty, seedDemoData } from './demo-data.ts';
import type { JobRunner } from './jobs/job-runner.ts';
import { createJobScheduler, type JobScheduler } from './jobs/job-scheduler.ts';
import { ensureJobSchedules } from './jobs/job-schedules.ts';

/** HQ's scheduler, and where its failures are logged once the service has a log. */
export interface HqStart {
  scheduler: JobScheduler;
  logTo: (log: FastifyBaseLogger) => void;
}

/**
 * What headquarters does at every start, alone or beside its scale unit: the jobs' schedules on
 * a fresh install, the demo stores and customers in an empty HQ (returns whether it seeded), and
 * the job scheduler (started by the caller once listening).
 */
export function startHq(deps: {
  hqDb: HqDb;
  env: ServerEnv;
  jobs: JobRunner;
  clock: Clock;
}): HqStart & { seeded: boolean } {
  const { hqDb, env, clock } = deps;
  ensureJobSchedules(hqDb, env.HQ_JOB_SCHEDULE === 'on');
  const seeded = isHqEmpty(hqDb);
  if (seeded) {
    seedDemoData(hqDb, {
      customers: env.DEMO_CUSTOMERS,
      extraRegisters: env.DEMO_EXTRA_REGISTERS,
      clock,
    });
  }
  let logJobError = (error: unknown) => console.error('scheduled job failed', error);
  const scheduler = createJobScheduler({
    hqDb,
    runner: deps.jobs,
    clock,
    onError: (error) => logJobError(error),
  });
  return {
    seeded,
    scheduler,
    logTo: (log) => {
      logJobError = (error) => log.error({ err: error }, 'scheduled job failed');
    },
  };
}
