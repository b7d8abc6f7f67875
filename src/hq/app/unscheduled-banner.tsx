import { useQuery } from '@tanstack/react-query';
import { jobName } from '../features/jobs/job-text.ts';
import { t } from '../i18n/i18n.ts';
import { jobsQuery } from '../queries.ts';
import { unscheduledMessage } from './unscheduled-message.ts';

/** The warning at the top of every section while any batch job is not scheduled (B6). */
export function UnscheduledBanner({ linkToJobs }: { linkToJobs: boolean }) {
  const { data } = useQuery(jobsQuery);
  const message = data
    ? unscheduledMessage(data.jobs.map((job) => ({ ...job, name: jobName(job) })))
    : null;
  if (!message) return null;
  return (
    <div className="banner banner-warning">
      <p role="alert">{message}</p>
      {linkToJobs && <a href="#jobs">{t('app.scheduleJobs')}</a>}
    </div>
  );
}
