import { t } from '../../i18n/i18n.ts';
import { useObservable, useServices } from '../../services/pos-services.tsx';

/** B15: offers a new version; never reloads by itself, so a half-filled form is never lost. */
export function UpdatePrompt() {
  const { updateAvailable, applyUpdate } = useServices();
  if (!useObservable(updateAvailable)) return null;
  return (
    <div className="update-prompt" role="status">
      {t('update.ready')}{' '}
      <button type="button" onClick={applyUpdate}>
        {t('update.reload')}
      </button>
    </div>
  );
}
