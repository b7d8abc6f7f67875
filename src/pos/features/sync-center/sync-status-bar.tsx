import { useDeferredValue } from 'react';
import { clearActivation } from '../../db/stored-meta.ts';
import { format, t } from '../../i18n/i18n.ts';
import { useConnectivity, useServices, useSyncActivity } from '../../services/pos-services.tsx';
import { useOutboxSummary } from './use-outbox-summary.tsx';

/** The header's sync status: Online/Offline (B3), what waits (B14), Sync now. */
export function SyncStatusBar() {
  const { engine, db } = useServices();
  const connectivity = useConnectivity();
  const activity = useSyncActivity();
  const summary = useOutboxSummary();
  const waiting = summary.counts.pending + summary.counts.sending;
  const uploaded = summary.counts.uploaded;
  const rejected = summary.counts.rejected;
  const reason = connectivity.reason && t(`statusBar.reasons.${connectivity.reason}`);
  return (
    <div className="sync-status">
      <span
        role="status"
        className={`badge ${connectivity.online ? 'badge-online' : 'badge-offline'}`}
        title={reason ? t('statusBar.offlineBecause', { reason }) : undefined}
      >
        {connectivity.online ? t('statusBar.online') : t('statusBar.offline')}
      </span>
      {reason && <span className="hint">{t('statusBar.reasonInParentheses', { reason })}</span>}
      <span className="counts" aria-live="polite">
        {waiting > 0 && <span>{t('statusBar.waitingToUpload', { n: waiting })}</span>}
        {uploaded > 0 && <span>{t('statusBar.waitingForHq', { n: uploaded })}</span>}
        {rejected > 0 && (
          <span className="attention">{t('statusBar.needsAttention', { n: rejected })}</span>
        )}
        {activity.phase === 'uploading' && (
          <span>{t('statusBar.uploading', { progress: activity.progress })}</span>
        )}
        {activity.phase === 'downloading' && (
          <span>{t('statusBar.downloading', { progress: activity.progress })}</span>
        )}
      </span>
      <button
        type="button"
        onClick={() => void engine.syncNow({ retryNow: true })}
        disabled={activity.phase !== 'idle'}
      >
        {t('statusBar.syncNow')}
      </button>
      <LastDownload at={summary.lastDownloadAt} />
      {activity.unauthorized && (
        <span className="attention" role="alert">
          {t('statusBar.revoked')}{' '}
          <button type="button" onClick={() => void clearActivation(db)}>
            {t('statusBar.activateAgain')}
          </button>
        </span>
      )}
    </div>
  );
}

/**
 * When the last download finished. Shown a render after the rest of the bar (a deferred value):
 * a page's first time formatter loads ICU's data, about 25 ms, which then is a task of its own
 * instead of part of the first screen's (issue 13, Lighthouse's total blocking time).
 */
function LastDownload({ at }: { at: number | null }) {
  const shown = useDeferredValue(at, null);
  if (shown === null) return null;
  return (
    <span className="hint">{t('statusBar.lastDownload', { time: format().time(shown) })}</span>
  );
}
