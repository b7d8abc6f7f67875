import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef } from 'react';
import { apiPaths } from '../../../contract/api-paths.ts';
import type { Customer } from '../../../contract/customer.ts';
import { duplicateResponseSchema } from '../../../contract/duplicates.ts';
import { sendJson } from '../../api.ts';
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
  onMerged: (message: string) => void;
}) {
  const headingId = useId();
  const textId = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
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
      onMerged(t('duplicates.mergeDone', values));
      ref.current?.close();
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: hqKeys.duplicates }),
        queryClient.invalidateQueries({ queryKey: hqKeys.customers }),
      ]);
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
      <h2 id={headingId}>{t('duplicates.mergeHeading', values)}</h2>
      <p id={textId}>{t('duplicates.mergeExplained', values)}</p>
      {merge.isError && (
        <p className="field-error" role="alert">
          {t('duplicates.couldNotResolve', { reason: errorMessage(merge.error) })}
        </p>
      )}
      <div className="form-actions">
        <button
          type="button"
          className="button-danger"
          disabled={merge.isPending}
          onClick={() => merge.mutate()}
        >
          {merge.isPending ? t('duplicates.merging') : t('duplicates.merge')}
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
