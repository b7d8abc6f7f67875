import { useQuery } from '@tanstack/react-query';
import { jobsQuery } from '../queries.ts';
import { unscheduledMessage } from './unscheduled-message.ts';

/** The warning at the top of every section while any batch job is not scheduled (B6). */
export function UnscheduledBanner({ linkToJobs }: { linkToJobs: boolean }) {
  const { data } = useQuery(jobsQuery);
  const message = data ? unscheduledMessage(data.jobs) : null;
  if (!message) return null;
  return (
    <div className="banner banner-warning">
      <p role="alert">{message}</p>
      {linkToJobs && <a href="#jobs">Schedule the batch jobs</a>}
    </div>
  );
}
