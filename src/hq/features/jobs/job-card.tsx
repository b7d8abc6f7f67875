import { useId } from 'react';
import type { Job } from '../../../contract/hq-admin.ts';
import { formatCount, formatDateTime } from '../../format.ts';
import { JobRunHistory } from './job-run-history.tsx';
import { JobScheduleForm } from './job-schedule-form.tsx';
import { RunCounts } from './run-counts.tsx';
import { RunNow } from './run-now.tsx';

/** One batch job: what it does, Run now, its schedule and its run history (B6). */
export function JobCard({ job }: { job: Job }) {
  const headingId = useId();
  return (
    <section className="card job-card" aria-labelledby={headingId}>
      <div className="card-head">
        <div>
          <h3 id={headingId}>{job.name}</h3>
          {job.formerName && <p className="former-name">formerly “{job.formerName}”</p>}
        </div>
        <p className={job.schedule.enabled ? 'schedule-badge' : 'schedule-badge schedule-off'}>
          {job.schedule.enabled
            ? `Every ${formatCount(job.schedule.intervalSeconds)} s`
            : 'Not scheduled'}
        </p>
      </div>
      <p className="job-description">{job.description}</p>
      <p className="last-run">
        {job.lastRun ? (
          <>
            Last run {formatDateTime(job.lastRun.startedAt)}: <RunCounts run={job.lastRun} />
          </>
        ) : (
          'Never run.'
        )}
      </p>
      <div className="job-controls">
        <RunNow jobId={job.id} />
        <JobScheduleForm job={job} />
      </div>
      <JobRunHistory jobId={job.id} jobName={job.name} />
    </section>
  );
}
