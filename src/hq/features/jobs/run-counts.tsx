import type { JobRun } from '../../../contract/hq-admin.ts';
import { formatCount } from '../../format.ts';

/** A run's records read, done and failed, in one line. */
export function RunCounts({ run }: { run: Pick<JobRun, 'read' | 'done' | 'failed'> }) {
  return (
    <span className="run-counts">
      read {formatCount(run.read)}, done {formatCount(run.done)},{' '}
      <span className={run.failed > 0 ? 'text-failed' : undefined}>
        failed {formatCount(run.failed)}
      </span>
    </span>
  );
}
