import { t } from '../../i18n/i18n.ts';
import { describe } from '../../i18n/messages.ts';
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
      <h1>{t('awaitingSettings.heading')}</h1>
      <p role="status">
        {activity.phase === 'idle'
          ? t('awaitingSettings.needsSettings')
          : t('awaitingSettings.downloading')}
      </p>
      {activity.lastError && (
        <p className="form-error" role="alert">
          {describe(activity.lastError)}
        </p>
      )}
      <button
        type="button"
        className="primary"
        onClick={() => void engine.syncNow({ retryNow: true })}
        disabled={activity.phase !== 'idle'}
      >
        {t('awaitingSettings.tryAgain')}
      </button>
    </main>
  );
}
