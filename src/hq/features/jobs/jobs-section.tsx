import { useQuery } from '@tanstack/react-query';
import { Loading } from '../../components/loading.tsx';
import { QueryError } from '../../components/query-error.tsx';
import { jobsQuery } from '../../queries.ts';
import { JobCard } from './job-card.tsx';

/** Batch jobs: the three jobs that turn asynchronous customers into HQ customers (B6). */
export function JobsSection() {
  const jobs = useQuery(jobsQuery);
  return (
    <section aria-labelledby="jobs-heading">
      <h2 id="jobs-heading">Batch jobs</h2>
      <p className="intro">
        Asynchronous customers travel from the registers to HQ and back through these jobs, in
        order: P-job uploads them from the channel database, the synchronization job gives each an
        account number, and 1010 sends the new accounts to every store.
      </p>
      {jobs.isPending && <Loading what="batch jobs" />}
      {jobs.isError && (
        <QueryError what="batch jobs" error={jobs.error} onRetry={() => void jobs.refetch()} />
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
