import { format, t } from '../../i18n/i18n.ts';
import { describe } from '../../i18n/messages.ts';
import { useObservable, useServices, useSyncActivity } from '../../services/pos-services.tsx';
import { EntryTable } from './entry-table.tsx';
import { RescueExport } from './rescue-export-button.tsx';
import { StorageUse } from './storage-use.tsx';
import { SyncProgress } from './sync-progress.tsx';
import { useOpenEntries } from './use-open-entries.ts';
import { useOutboxSummary } from './use-outbox-summary.tsx';
import type { LiveState } from '../../sync/register-events.ts';

const liveLabels = {
  live: 'syncCenter.liveOn',
  connecting: 'syncCenter.liveConnecting',
  down: 'syncCenter.liveOff',
} as const satisfies Record<LiveState, string>;

const time = (at: number | null) => (at === null ? t('syncCenter.never') : format().dateTime(at));

/**
 * B14: what waits to upload, what waits for HQ, what needs attention (with the reason and a way
 * to fix and resend), the last upload and download, the storage used, Sync now with progress,
 * and the rescue export (X4).
 */
export function SyncCenterPage() {
  const { engine, connectivity } = useServices();
  const online = useObservable(connectivity).online;
  const live = useObservable(engine.live);
  const activity = useSyncActivity();
  const summary = useOutboxSummary();
  const open = useOpenEntries();
  if (!open) return <p>{t('app.loading')}</p>;
  const waiting = open.filter((o) => o.entry.state === 'pending' || o.entry.state === 'sending');
  const uploaded = open.filter((o) => o.entry.state === 'uploaded');
  const attention = open.filter((o) => o.entry.state === 'rejected');
  return (
    <section aria-labelledby="sync-heading" className="sync-center">
      <h1 id="sync-heading">{t('syncCenter.heading')}</h1>
      <dl className="details">
        <dt>{t('syncCenter.connection')}</dt>
        <dd>{online ? t('syncCenter.online') : t('syncCenter.offline')}</dd>
        <dt>{t('syncCenter.liveUpdates')}</dt>
        <dd>{t(liveLabels[live])}</dd>
        <dt>{t('syncCenter.lastUpload')}</dt>
        <dd>{time(summary.lastUploadAt)}</dd>
        <dt>{t('syncCenter.lastDownload')}</dt>
        <dd>{time(summary.lastDownloadAt)}</dd>
        <dt>{t('syncCenter.persistentStorage')}</dt>
        <dd>
          {summary.persistentStorage === null
            ? t('syncCenter.storageUnknown')
            : summary.persistentStorage
              ? t('syncCenter.storageGranted')
              : t('syncCenter.storageNotGranted')}
        </dd>
        <StorageUse refreshKey={activity.phase} />
      </dl>
      <div className="actions">
        <button
          type="button"
          className="primary"
          onClick={() => void engine.syncNow({ retryNow: true })}
          disabled={activity.phase !== 'idle'}
        >
          {t('syncCenter.syncNow')}
        </button>
        <RescueExport count={open.length} />
      </div>
      <SyncProgress activity={activity} />
      {activity.lastError && (
        <p className="alert alert-attention" role="alert">
          {t('syncCenter.lastProblem', { problem: describe(activity.lastError) })}
        </p>
      )}
      <EntryTable
        title={t('syncCenter.needsAttention')}
        entries={attention}
        empty={t('syncCenter.nothingNeedsAttention')}
      />
      <EntryTable
        title={t('syncCenter.waitingToUpload')}
        entries={waiting}
        empty={t('syncCenter.nothingWaiting')}
      />
      <EntryTable
        title={t('syncCenter.waitingForHq')}
        entries={uploaded}
        empty={t('syncCenter.nothingAtHq')}
      />
    </section>
  );
}
