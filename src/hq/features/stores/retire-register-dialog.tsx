import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiPaths } from '../../../contract/api-paths.ts';
import { hqRegisterRetireResponseSchema } from '../../../contract/hq-admin.ts';
import { sendJson } from '../../api.ts';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { t } from '../../i18n/i18n.ts';
import { errorMessage } from '../../i18n/messages.ts';
import { hqKeys } from '../../queries.ts';

/**
 * The confirmation before retiring a register (issue 11): its device token stops working at once
 * and it can never be activated again; its queued records still import from a rescue file.
 * Retire posts and refreshes stores and registers; Cancel or Escape closes it without a call.
 */
export function RetireRegisterDialog({
  registerId,
  number,
  storeName,
  onClose,
  onRetired,
}: {
  registerId: string;
  number: string;
  storeName: string;
  onClose: () => void;
  onRetired: () => void;
}) {
  const queryClient = useQueryClient();
  const retire = useMutation({
    mutationFn: () =>
      sendJson('POST', apiPaths.hqRegisterRetire(registerId), {}, hqRegisterRetireResponseSchema),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: hqKeys.stores }),
        queryClient.invalidateQueries({ queryKey: hqKeys.registerHealth }),
      ]);
      onRetired();
    },
  });

  return (
    <ConfirmDialog
      heading={t('stores.retireQuestion', { number, store: storeName })}
      description={t('stores.retireExplained')}
      confirmLabel={t('stores.retire')}
      pendingLabel={t('stores.retiring')}
      pending={retire.isPending}
      error={
        retire.isError ? t('stores.couldNotRetire', { reason: errorMessage(retire.error) }) : null
      }
      onConfirm={() => retire.mutate()}
      onClose={onClose}
    />
  );
}
