import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiPaths } from '../../../contract/api-paths.ts';
import { jobRunResponseSchema, type JobId } from '../../../contract/hq-admin.ts';
import { sendJson } from '../../api.ts';
import { t } from '../../i18n/i18n.ts';
import { errorMessage } from '../../i18n/messages.ts';
import { hqKeys } from '../../queries.ts';
import { RunCounts } from './run-counts.tsx';

/** Run now for one job (B6), then the run's read/done/failed; refreshes what a run changes. */
export function RunNow({ jobId }: { jobId: JobId }) {
  const queryClient = useQueryClient();
  const run = useMutation({
    mutationFn: () => sendJson('POST', apiPaths.hqJobRun(jobId), {}, jobRunResponseSchema),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: hqKeys.jobs }),
        queryClient.invalidateQueries({ queryKey: hqKeys.asyncCustomers }),
        queryClient.invalidateQueries({ queryKey: hqKeys.customers }),
      ]),
  });

  return (
    <div className="run-now">
      <button type="button" disabled={run.isPending} onClick={() => run.mutate()}>
        {run.isPending ? t('jobs.runningNow') : t('jobs.runNow')}
      </button>
      <div className="run-now-result" role="status">
        {run.isSuccess && (
          <>
            {t('jobs.thisRun')} <RunCounts run={run.data.run} />
            {run.data.run.endedAt === null && t('jobs.stillRunning')}
          </>
        )}
      </div>
      {run.isError && (
        <p className="field-error" role="alert">
          {t('jobs.couldNotRun', { reason: errorMessage(run.error) })}
        </p>
      )}
    </div>
  );
}
