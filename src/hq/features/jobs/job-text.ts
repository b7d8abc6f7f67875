import type { Job } from '../../../contract/hq-admin.ts';
import { t } from '../../i18n/i18n.ts';

/** A job's name in the current language (HQ sends its English name). */
export function jobName(job: Pick<Job, 'id'>): string {
  return t(`jobs.names.${job.id}`);
}

/** The name a job had in older versions, in the current language, or null. */
export function jobFormerName(job: Pick<Job, 'id' | 'formerName'>): string | null {
  if (job.formerName === null) return null;
  return job.id === 'sync-customers' ? t('jobs.formerNames.sync-customers') : job.formerName;
}

/** What a job does, in the current language. */
export function jobDescription(job: Pick<Job, 'id'>): string {
  return t(`jobs.descriptions.${job.id}`);
}
