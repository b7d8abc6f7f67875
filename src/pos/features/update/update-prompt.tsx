import { t } from '../../i18n/i18n.ts';
import { useObservable, useServices } from '../../services/pos-services.tsx';

/**
 * B15: offers a new version; never reloads by itself, so a half-filled form is never lost. The
 * offer appears in a polite live region that is there from the start.
 */
export function UpdatePrompt() {
  const { updateAvailable, applyUpdate } = useServices();
  const available = useObservable(updateAvailable);
  return (
    <div role="status">
      {available && (
        <div className="update-prompt">
          {t('update.ready')}{' '}
          <button type="button" onClick={applyUpdate}>
            {t('update.reload')}
          </button>
        </div>
      )}
    </div>
  );
}
