import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { z } from '../../../contract/zod.ts';
import { apiPaths } from '../../../contract/api-paths.ts';
import type { hqSettingsPatchSchema } from '../../../contract/hq-admin.ts';
import { sendJson } from '../../api.ts';
import { t } from '../../i18n/i18n.ts';
import { errorMessage } from '../../i18n/messages.ts';
import { hqKeys } from '../../queries.ts';

/** A change to HQ's settings, as PATCH apiPaths.hqSettings takes it. */
export type SettingsPatch = z.infer<typeof hqSettingsPatchSchema>;

/** Key shared by every settings change, so the section can show changes still saving. */
export const settingsMutationKey = ['hq', 'settings', 'patch'] as const;

/**
 * One setting as a checkbox, saved as soon as it changes (PATCH apiPaths.hqSettings). While a
 * flip would make a combination HQ refuses, the box is disabled and says why.
 */
export function SettingSwitch({
  label,
  version,
  explanation,
  checked,
  blockedReason,
  patch,
}: {
  label: string;
  version?: string;
  explanation: string;
  checked: boolean;
  blockedReason: string | null;
  patch: (value: boolean) => SettingsPatch;
}) {
  const id = useId();
  const queryClient = useQueryClient();
  // What was asked for, shown at once (the mutation's own state reaches React a tick later)
  // and kept until HQ's answer has been re-read.
  const [requested, setRequested] = useState<boolean | null>(null);
  const save = useMutation({
    mutationKey: settingsMutationKey,
    // The contract names no reply body: the settings are read again once HQ has answered.
    mutationFn: (body: SettingsPatch) => sendJson('PATCH', apiPaths.hqSettings, body, z.unknown()),
    // Awaited, so the change counts as saving until the settings have been re-read.
    onSettled: async () => {
      await queryClient.invalidateQueries({ queryKey: hqKeys.settings });
      setRequested(null);
    },
  });
  const busy = requested !== null || save.isPending;
  const describedBy = [`${id}-about`, blockedReason ? `${id}-reason` : '', `${id}-state`]
    .filter(Boolean)
    .join(' ');

  return (
    <div className={blockedReason ? 'setting setting-blocked' : 'setting'}>
      <div className="setting-head">
        <input
          id={id}
          type="checkbox"
          checked={requested ?? checked}
          disabled={blockedReason !== null}
          aria-disabled={busy || undefined}
          aria-describedby={describedBy}
          onChange={(e) => {
            // Not `disabled` while saving: that would drop keyboard focus.
            if (busy) return;
            setRequested(e.target.checked);
            save.mutate(patch(e.target.checked));
          }}
        />
        <label htmlFor={id}>{label}</label>
        {version && <span className="version-badge">{version}</span>}
      </div>
      <p id={`${id}-about`} className="setting-about">
        {explanation}
      </p>
      {blockedReason && (
        <p id={`${id}-reason`} className="setting-reason">
          {blockedReason}
        </p>
      )}
      <p id={`${id}-state`} className="save-state setting-state" role="status">
        {busy ? t('common.saving') : save.isSuccess ? t('common.saved') : ''}
      </p>
      {save.isError && (
        <p className="field-error" role="alert">
          {t('common.notSaved', { reason: errorMessage(save.error) })}
        </p>
      )}
    </div>
  );
}
