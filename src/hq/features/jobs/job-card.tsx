import { useId } from 'react';
import type { Job } from '../../../contract/hq-admin.ts';
import { formatDateTime } from '../../format.ts';
import { t } from '../../i18n/i18n.ts';
import { JobRunHistory } from './job-run-history.tsx';
import { JobScheduleForm } from './job-schedule-form.tsx';
import { jobDescription, jobFormerName, jobName } from './job-text.ts';
import { RunCounts } from './run-counts.tsx';
import { RunNow } from './run-now.tsx';

/** One batch job: what it does, Run now, its schedule and its run history (B6). */
export function JobCard({ job }: { job: Job }) {
  const headingId = useId();
  const name = jobName(job);
  const formerName = jobFormerName(job);
  return (
    <section className="card job-card" aria-labelledby={headingId}>
      <div className="card-head">
        <div>
          <h3 id={headingId}>{name}</h3>
          {formerName && <p className="former-name">{t('jobs.formerly', { name: formerName })}</p>}
        </div>
        <p className={job.schedule.enabled ? 'schedule-badge' : 'schedule-badge schedule-off'}>
          {job.schedule.enabled
            ? t('jobs.every', { n: job.schedule.intervalSeconds })
            : t('jobs.notScheduled')}
        </p>
      </div>
      <p className="job-description">{jobDescription(job)}</p>
      <p className="last-run">
        {job.lastRun ? (
          <>
            {t('jobs.lastRun', { time: formatDateTime(job.lastRun.startedAt) })}{' '}
            <RunCounts run={job.lastRun} />
          </>
        ) : (
          t('jobs.neverRun')
        )}
      </p>
      <div className="job-controls">
        <RunNow jobId={job.id} />
        <JobScheduleForm job={job} />
      </div>
      <JobRunHistory jobId={job.id} jobName={name} />
    </section>
  );
}
