import { clearActivation } from '../../db/meta-repo.ts';
import { useConnectivity, useServices, useSyncActivity } from '../../services/pos-services.tsx';
import type { OfflineReason } from '../../sync/connectivity.ts';
import { useOutboxSummary } from './use-outbox-summary.ts';

const offlineReasons: Record<OfflineReason, string> = {
  'browser-offline': 'no network',
  'no-heartbeat': 'the store server does not answer',
  'call-failed': 'headquarters did not answer',
};

/** The header's sync status: Online/Offline (B3), what waits (B14), Sync now. */
export function SyncStatusBar() {
  const { engine, db } = useServices();
  const connectivity = useConnectivity();
  const activity = useSyncActivity();
  const summary = useOutboxSummary();
  const waiting = (summary?.counts.pending ?? 0) + (summary?.counts.sending ?? 0);
  return (
    <div className="sync-status">
      <span
        role="status"
        className={`badge ${connectivity.online ? 'badge-online' : 'badge-offline'}`}
        title={connectivity.reason ? `Offline: ${offlineReasons[connectivity.reason]}` : undefined}
      >
        {connectivity.online ? 'Online' : 'Offline'}
      </span>
      {connectivity.reason && <span className="hint">({offlineReasons[connectivity.reason]})</span>}
      <span className="counts" aria-live="polite">
        {waiting > 0 && <span>Waiting to upload: {waiting}</span>}
        {(summary?.counts.uploaded ?? 0) > 0 && (
          <span>Waiting for HQ: {summary?.counts.uploaded}</span>
        )}
        {(summary?.counts.rejected ?? 0) > 0 && (
          <span className="attention">Needs attention: {summary?.counts.rejected}</span>
        )}
        {activity.phase === 'uploading' && <span>Uploading… {activity.progress}</span>}
        {activity.phase === 'downloading' && <span>Downloading… {activity.progress}</span>}
      </span>
      <button
        type="button"
        onClick={() => void engine.syncNow({ retryNow: true })}
        disabled={activity.phase !== 'idle'}
      >
        Sync now
      </button>
      {summary?.lastDownloadAt && (
        <span className="hint">
          Last download {new Date(summary.lastDownloadAt).toLocaleTimeString()}
        </span>
      )}
      {activity.unauthorized && (
        <span className="attention" role="alert">
          Headquarters no longer accepts this register&apos;s activation. Nothing is lost: records
          wait here until it is activated again.{' '}
          <button type="button" onClick={() => void clearActivation(db)}>
            Activate again
          </button>
        </span>
      )}
    </div>
  );
}
