import { t } from '../i18n/i18n.ts';
import { errorMessage } from '../i18n/messages.ts';

/** A failed load, with the server's message and a Try again button. */
export function QueryError({
  what,
  error,
  onRetry,
}: {
  what: string;
  error: unknown;
  onRetry: () => void;
}) {
  return (
    <div className="banner banner-error" role="alert">
      <span>{t('common.couldNotLoad', { what, reason: errorMessage(error) })}</span>{' '}
      <button type="button" className="button-secondary" onClick={onRetry}>
        {t('common.tryAgain')}
      </button>
    </div>
  );
}
