import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { apiPaths } from '../../../contract/api-paths.ts';
import { sendJson } from '../../api.ts';
import { t } from '../../i18n/i18n.ts';
import { errorMessage } from '../../i18n/messages.ts';
import { hqStorePatchResponseSchema, type HqStore } from '../../../contract/hq-admin.ts';
import { hqKeys } from '../../queries.ts';

/** The store's "Create customer in async mode" checkbox, saved as soon as it changes. */
export function AsyncModeToggle({ store }: { store: HqStore }) {
  const id = useId();
  const queryClient = useQueryClient();
  // What was asked for, shown at once and kept until HQ's answer has been re-read.
  const [requested, setRequested] = useState<boolean | null>(null);
  const save = useMutation({
    mutationFn: (asyncCustomerMode: boolean) =>
      sendJson(
        'PATCH',
        apiPaths.hqStore(store.id),
        { asyncCustomerMode },
        hqStorePatchResponseSchema,
      ),
    onSettled: async () => {
      await queryClient.invalidateQueries({ queryKey: hqKeys.stores });
      setRequested(null);
    },
  });
  const busy = requested !== null;
  const checked = requested ?? store.asyncCustomerMode;

  return (
    <div className="toggle">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        aria-disabled={busy || undefined}
        aria-label={t('stores.asyncModeFor', { store: store.name })}
        aria-describedby={`${id}-state`}
        onChange={(e) => {
          // Not `disabled`: that would drop keyboard focus while the change saves.
          if (busy) return;
          setRequested(e.target.checked);
          save.mutate(e.target.checked);
        }}
      />
      {/* On/Off takes a tap too; the box keeps its own name (aria-label). */}
      <label htmlFor={id} className="toggle-text" aria-hidden="true">
        {checked ? t('stores.on') : t('stores.off')}
      </label>
      <span id={`${id}-state`} className="save-state" role="status">
        {busy && t('common.saving')}
        {!busy && save.isSuccess && t('common.saved')}
      </span>
      {save.isError && (
        <span className="field-error" role="alert">
          {t('common.notSaved', { reason: errorMessage(save.error) })}
        </span>
      )}
    </div>
  );
}
