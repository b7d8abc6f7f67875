import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiPaths } from '../../../contract/api-paths.ts';
import type { Customer } from '../../../contract/customer.ts';
import { duplicateResponseSchema } from '../../../contract/duplicates.ts';
import { sendJson } from '../../api.ts';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { customerName, t } from '../../i18n/i18n.ts';
import { errorMessage } from '../../i18n/messages.ts';
import { hqKeys } from '../../queries.ts';

/**
 * The confirmation before a merge (X2), which cannot be undone: what the kept account gains and
 * what becomes of the other. Merge posts and refreshes the review and the customers; Cancel or
 * Escape closes it without a call.
 */
export function MergeDialog({
  flagId,
  keep,
  retire,
  onClose,
  onMerged,
}: {
  flagId: number;
  keep: Customer;
  retire: Customer;
  onClose: () => void;
  /** After the merge, with what was done; the dialog is then to be removed. */
  onMerged: (message: string) => void;
}) {
  const queryClient = useQueryClient();
  const values = {
    kept: keep.accountNumber,
    keptName: customerName(keep),
    retired: retire.accountNumber,
    retiredName: customerName(retire),
  };
  const merge = useMutation({
    mutationFn: () =>
      sendJson(
        'POST',
        apiPaths.hqDuplicateMerge(flagId),
        { keep: keep.accountNumber },
        duplicateResponseSchema,
      ),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: hqKeys.duplicates }),
        queryClient.invalidateQueries({ queryKey: hqKeys.customers }),
      ]);
      onMerged(t('duplicates.mergeDone', values));
    },
  });

  return (
    <ConfirmDialog
      heading={t('duplicates.mergeHeading', values)}
      description={t('duplicates.mergeExplained', values)}
      confirmLabel={t('duplicates.merge')}
      pendingLabel={t('duplicates.merging')}
      pending={merge.isPending}
      error={
        merge.isError
          ? t('duplicates.couldNotResolve', { reason: errorMessage(merge.error) })
          : null
      }
      onConfirm={() => merge.mutate()}
      onClose={onClose}
    />
  );
}
