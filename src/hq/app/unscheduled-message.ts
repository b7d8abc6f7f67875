import type { Job } from '../../contract/hq-admin.ts';

/**
 * The warning shown when any batch job is not scheduled (B6), or null when all are:
 * asynchronous customers never convert unless all three jobs run.
 */
export function unscheduledMessage(jobs: readonly Pick<Job, 'name' | 'schedule'>[]): string | null {
  const names = jobs.filter((job) => !job.schedule.enabled).map((job) => job.name);
  if (names.length === 0) return null;
  return `Not scheduled: ${names.join(', ')}. Asynchronous customers will not be converted until these jobs run.`;
}
