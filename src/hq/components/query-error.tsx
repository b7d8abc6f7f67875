import { errorMessage } from '../api.ts';

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
      <span>
        Could not load {what}: {errorMessage(error)}
      </span>{' '}
      <button type="button" className="button-secondary" onClick={onRetry}>
        Try again
      </button>
    </div>
  );
}
