import { t } from '../../i18n/i18n.ts';
import type { SyncActivity } from '../../sync/sync-engine.ts';

/**
 * A progress bar while a batch uploads or a download stores customers (B14), in a polite live
 * region that is there, empty, while nothing happens.
 */
export function SyncProgress({ activity }: { activity: SyncActivity }) {
  return (
    <div role="status">{activity.phase !== 'idle' && <ProgressBar activity={activity} />}</div>
  );
}

function ProgressBar({ activity }: { activity: SyncActivity }) {
  const label =
    activity.phase === 'uploading'
      ? t('syncCenter.uploadingRecords')
      : t('syncCenter.downloadingCustomers');
  const text =
    activity.total === null
      ? t('syncCenter.progressSoFar', { label, progress: activity.progress })
      : t('syncCenter.progressOf', { label, progress: activity.progress, total: activity.total });
  return (
    <div className="sync-progress">
      <label htmlFor="sync-progress">{text}</label>
      <progress
        id="sync-progress"
        max={activity.total ?? undefined}
        value={activity.total === null ? undefined : activity.progress}
      />
    </div>
  );
}
