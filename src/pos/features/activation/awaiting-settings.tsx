import { useServices, useSyncActivity } from '../../services/pos-services.tsx';

/**
 * Shown when the register is activated but holds no usable settings yet (first download still
 * running or failing): never the activation screen again, which would issue a new token.
 */
export function AwaitingSettings() {
  const { engine } = useServices();
  const activity = useSyncActivity();
  return (
    <main className="activation">
      <h1>Downloading this register&apos;s settings</h1>
      <p role="status">
        {activity.phase === 'idle'
          ? 'The register needs its settings from the store server before it can be used.'
          : 'Downloading settings and customers…'}
      </p>
      {activity.lastError && (
        <p className="form-error" role="alert">
          {activity.lastError}
        </p>
      )}
      <button
        type="button"
        className="primary"
        onClick={() => void engine.syncNow({ retryNow: true })}
        disabled={activity.phase !== 'idle'}
      >
        Try again
      </button>
    </main>
  );
}
