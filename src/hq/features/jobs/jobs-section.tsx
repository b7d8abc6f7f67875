import { useQuery } from '@tanstack/react-query';
import { Loading } from '../../components/loading.tsx';
import { QueryError } from '../../components/query-error.tsx';
import { t } from '../../i18n/i18n.ts';
import { jobsQuery } from '../../queries.ts';
import { JobCard } from './job-card.tsx';

/** Batch jobs: the three jobs that turn asynchronous customers into HQ customers (B6). */
export function JobsSection() {
  const jobs = useQuery(jobsQuery);
  return (
    <section aria-labelledby="jobs-heading">
      <h2 id="jobs-heading">{t('app.sections.jobs')}</h2>
      <p className="intro">{t('jobs.intro')}</p>
      {jobs.isPending && <Loading what={t('things.jobs')} />}
      {jobs.isError && (
        <QueryError
          what={t('things.jobs')}
          error={jobs.error}
          onRetry={() => void jobs.refetch()}
        />
      )}
      {jobs.data && (
        <div className="job-list">
          {jobs.data.jobs.map((job) => (
            <JobCard key={job.id} job={job} />
          ))}
        </div>
      )}
    </section>
  );
}
