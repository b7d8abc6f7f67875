import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef } from 'react';
import { apiPaths } from '../../../contract/api-paths.ts';
import { registerRevokeResponseSchema } from '../../../contract/health.ts';
import { sendJson } from '../../api.ts';
import { t } from '../../i18n/i18n.ts';
import { errorMessage } from '../../i18n/messages.ts';
import { hqKeys } from '../../queries.ts';

/**
 * The confirmation before revoking a register's device token (B16, a lost or stolen device).
 * Revoke posts and refreshes the registers; Cancel or Escape closes it without a call.
 */
export function RevokeDialog({
  registerId,
  name,
  onClose,
  onRevoked,
}: {
  registerId: string;
  /** "Shibuya Store register 2". */
  name: string;
  onClose: () => void;
  onRevoked: (revoked: boolean) => void;
}) {
  const headingId = useId();
  const textId = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const queryClient = useQueryClient();
  const revoke = useMutation({
    mutationFn: () =>
      sendJson('POST', apiPaths.hqRegisterRevoke(registerId), {}, registerRevokeResponseSchema),
    onSuccess: async (data) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: hqKeys.registerHealth }),
        queryClient.invalidateQueries({ queryKey: hqKeys.stores }),
      ]);
      onRevoked(data.revoked);
    },
  });

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    // The safe choice has focus first.
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
      <h2 id={headingId}>{t('registers.revokeDevice')}</h2>
      <p className="confirm-subject">{name}</p>
      <p id={textId}>{t('registers.revokeQuestion')}</p>
      {revoke.isError && (
        <p className="field-error" role="alert">
          {t('registers.couldNotRevoke', { reason: errorMessage(revoke.error) })}
        </p>
      )}
      <div className="form-actions">
        <button
          type="button"
          className="button-danger"
          disabled={revoke.isPending}
          onClick={() => revoke.mutate()}
        >
          {revoke.isPending ? t('registers.revoking') : t('registers.revoke')}
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
