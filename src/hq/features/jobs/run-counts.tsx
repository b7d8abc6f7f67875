import type { JobRun } from '../../../contract/hq-admin.ts';
import { t } from '../../i18n/i18n.ts';

/** A run's records read, done and failed, in one line. */
export function RunCounts({ run }: { run: Pick<JobRun, 'read' | 'done' | 'failed'> }) {
  const separator = t('jobs.countSeparator');
  return (
    <span className="run-counts">
      {t('jobs.read', { n: run.read })}
      {separator}
      {t('jobs.done', { n: run.done })}
      {separator}
      <span className={run.failed > 0 ? 'text-failed' : undefined}>
        {t('jobs.failed', { n: run.failed })}
      </span>
    </span>
  );
}
