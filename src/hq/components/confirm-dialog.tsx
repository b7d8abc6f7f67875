import { useEffect, useId, useRef } from 'react';
import { t } from '../i18n/i18n.ts';

/**
 * A modal confirmation before an action that cannot be undone: its heading, what it is done to,
 * what it does, the action's error if it failed, and the action with Cancel — which has focus
 * first, the safe choice. Cancel or Escape closes it without the action.
 */
export function ConfirmDialog({
  heading,
  subject,
  description,
  confirmLabel,
  pendingLabel,
  pending,
  error,
  onConfirm,
  onClose,
}: {
  heading: string;
  /** What the action is done to, e.g. "Shibuya Store register 2"; shown under the heading. */
  subject?: string;
  description: string;
  confirmLabel: string;
  /** The action's label while it runs, e.g. "Revoking…". */
  pendingLabel: string;
  pending: boolean;
  /** Why the action failed, or null. */
  error: string | null;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const headingId = useId();
  const textId = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    cancelRef.current?.focus();
  }, []);

  return (
    <dialog
      ref={ref}
      className="confirm-dialog"
      aria-labelledby={headingId}
      aria-describedby={textId}
      onClose={onClose}
    >
      <h2 id={headingId}>{heading}</h2>
      {subject && <p className="confirm-subject">{subject}</p>}
      <p id={textId}>{description}</p>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="form-actions">
        <button type="button" className="button-danger" disabled={pending} onClick={onConfirm}>
          {pending ? pendingLabel : confirmLabel}
        </button>
        <button
          type="button"
          className="button-secondary"
          ref={cancelRef}
          onClick={() => ref.current?.close()}
        >
          {t('common.cancel')}
        </button>
      </div>
    </dialog>
  );
}
