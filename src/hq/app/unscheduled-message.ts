import type { Job } from '../../contract/hq-admin.ts';
import { format, t } from '../i18n/i18n.ts';

/**
 * The warning shown when any batch job is not scheduled (B6), or null when all are:
 * asynchronous customers never convert unless all three jobs run. `name` is the job's name as
 * the console shows it.
 */
export function unscheduledMessage(jobs: readonly Pick<Job, 'name' | 'schedule'>[]): string | null {
  const names = jobs.filter((job) => !job.schedule.enabled).map((job) => job.name);
  if (names.length === 0) return null;
  return t('app.unscheduled', { names: format().list(names) });
}
