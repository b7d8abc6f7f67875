import { useObservable, useServices, useSyncActivity } from '../../services/pos-services.tsx';
import { EntryTable } from './entry-table.tsx';
import { RescueExport } from './rescue-export-button.tsx';
import { SyncProgress } from './sync-progress.tsx';
import { useOpenEntries } from './use-open-entries.ts';
import { useOutboxSummary } from './use-outbox-summary.ts';

const time = (at: number | null) => (at === null ? 'never' : new Date(at).toLocaleString());

/**
 * B14: what waits to upload, what waits for HQ, what needs attention (with the reason and a way
 * to fix and resend), the last upload and download, Sync now with progress, and the rescue
 * export (X4).
 */
export function SyncCenterPage() {
  const { engine, connectivity } = useServices();
  const online = useObservable(connectivity).online;
  const activity = useSyncActivity();
  const summary = useOutboxSummary();
  const open = useOpenEntries();
  if (!summary || !open) return <p>Loading…</p>;
  const waiting = open.filter((o) => o.entry.state === 'pending' || o.entry.state === 'sending');
  const uploaded = open.filter((o) => o.entry.state === 'uploaded');
  const attention = open.filter((o) => o.entry.state === 'rejected');
  return (
    <section aria-labelledby="sync-heading" className="sync-center">
      <h1 id="sync-heading">Sync center</h1>
      <dl className="details">
        <dt>Connection</dt>
        <dd>{online ? 'Online' : 'Offline'}</dd>
        <dt>Last successful upload</dt>
        <dd>{time(summary.lastUploadAt)}</dd>
        <dt>Last successful download</dt>
        <dd>{time(summary.lastDownloadAt)}</dd>
        <dt>Persistent storage</dt>
        <dd>
          {summary.persistentStorage === null
            ? 'Unknown'
            : summary.persistentStorage
              ? 'Granted: the browser keeps this register’s data'
              : 'Not granted: the browser may clear data under storage pressure'}
        </dd>
      </dl>
      <div className="actions">
        <button
          type="button"
          className="primary"
          onClick={() => void engine.syncNow({ retryNow: true })}
          disabled={activity.phase !== 'idle'}
        >
          Sync now
        </button>
        <RescueExport count={open.length} />
      </div>
      <SyncProgress activity={activity} />
      {activity.lastError && (
        <p className="alert alert-attention" role="alert">
          Last problem: {activity.lastError}
        </p>
      )}
      <EntryTable title="Needs attention" entries={attention} empty="Nothing needs attention." />
      <EntryTable
        title="Waiting to upload"
        entries={waiting}
        empty="Nothing is waiting to upload."
      />
      <EntryTable
        title="Uploaded, waiting for headquarters"
        entries={uploaded}
        empty="Nothing is waiting for headquarters."
      />
    </section>
  );
}
