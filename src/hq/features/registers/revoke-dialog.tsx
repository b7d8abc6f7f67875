import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiPaths } from '../../../contract/api-paths.ts';
import { registerRevokeResponseSchema } from '../../../contract/health.ts';
import { sendJson } from '../../api.ts';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
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

  return (
    <ConfirmDialog
      heading={t('registers.revokeDevice')}
      subject={name}
      description={t('registers.revokeQuestion')}
      confirmLabel={t('registers.revoke')}
      pendingLabel={t('registers.revoking')}
      pending={revoke.isPending}
      error={
        revoke.isError
          ? t('registers.couldNotRevoke', { reason: errorMessage(revoke.error) })
          : null
      }
      onConfirm={() => revoke.mutate()}
      onClose={onClose}
    />
  );
}
