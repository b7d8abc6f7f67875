import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { JobId, JobRun } from '../../../contract/hq-admin.ts';
import { Loading } from '../../components/loading.tsx';
import { QueryError } from '../../components/query-error.tsx';
import { formatCount, formatDateTime } from '../../format.ts';
import { t } from '../../i18n/i18n.ts';
import { jobRunsQuery } from '../../queries.ts';
import { describe } from '../../i18n/messages.ts';

const pageSize = 10;

/** Runs newest first: by start time, then by id. */
export function newestFirst(runs: readonly JobRun[]): JobRun[] {
  return [...runs].sort((a, b) => b.startedAt.localeCompare(a.startedAt) || b.id - a.id);
}

/** One job's run history table (B6), newest first, polled so scheduled runs appear. */
export function JobRunHistory({ jobId, jobName }: { jobId: JobId; jobName: string }) {
  const runs = useQuery(jobRunsQuery(jobId));
  const [shown, setShown] = useState(pageSize);

  if (runs.isPending) return <Loading what={t('things.runHistory')} />;
  if (runs.isError) {
    return (
      <QueryError
        what={t('things.runHistory')}
        error={runs.error}
        onRetry={() => void runs.refetch()}
      />
    );
  }

  const sorted = newestFirst(runs.data.runs);
  if (sorted.length === 0) {
    return <p className="muted">{t('jobs.hasNotRun', { name: jobName })}</p>;
  }

  const visible = sorted.slice(0, shown);
  return (
    <>
      <div className="table-wrap">
        <table className="data-table">
          <caption>
            <span className="caption-title">{t('jobs.runHistory')}</span>
            <span className="small">{t('jobs.latestRuns', { count: visible.length })}</span>
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('jobs.started')}</th>
              <th scope="col">{t('jobs.ended')}</th>
              <th scope="col" className="num">
                {t('jobs.readColumn')}
              </th>
              <th scope="col" className="num">
                {t('jobs.doneColumn')}
              </th>
              <th scope="col" className="num">
                {t('jobs.failedColumn')}
              </th>
              <th scope="col">{t('jobs.errors')}</th>
              <th scope="col">{t('jobs.trigger')}</th>
            </tr>
          </thead>
          <tbody>
            {visible.map((run) => (
              <tr key={run.id}>
                <th scope="row" className="cell-plain">
                  {formatDateTime(run.startedAt)}
                </th>
                <td>{run.endedAt ? formatDateTime(run.endedAt) : t('jobs.running')}</td>
                <td className="num">{formatCount(run.read)}</td>
                <td className="num">{formatCount(run.done)}</td>
                <td className={run.failed > 0 ? 'num text-failed' : 'num'}>
                  {formatCount(run.failed)}
                </td>
                <td className="cell-wrap">
                  {run.errors.length === 0 ? (
                    '—'
                  ) : (
                    <ul className="plain-list">
                      {run.errors.map((error, i) => (
                        <li key={i}>{runErrorText(error)}</li>
                      ))}
                    </ul>
                  )}
                </td>
                <td>{run.trigger === 'manual' ? t('jobs.manual') : t('jobs.schedule')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {sorted.length > shown && (
        <button
          type="button"
          className="button-secondary"
          onClick={() => setShown((n) => n + pageSize)}
        >
          {t('jobs.showOlder')}
        </button>
      )}
    </>
  );
}

/** A run's error in the console's language, after the record it is about when it names one. */
function runErrorText({ record, ...error }: JobRun['errors'][number]): string {
  const text = describe(error);
  return record === undefined ? text : t('fields.withField', { field: record, message: text });
}
