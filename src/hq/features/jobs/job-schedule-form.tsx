import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { apiPaths } from '../../../contract/api-paths.ts';
import { HqApiError, sendJson } from '../../api.ts';
import { t } from '../../i18n/i18n.ts';
import { errorMessage, fieldError } from '../../i18n/messages.ts';
import { jobPatchResponseSchema, type Job, type JobSchedule } from '../../../contract/hq-admin.ts';
import { hqKeys } from '../../queries.ts';
import { checkSchedule, draftFromSchedule, isDirty, type ScheduleDraft } from './schedule-form.ts';

/** The schedule of one job: Scheduled, Every (seconds) and Save (PATCH of the job). */
export function JobScheduleForm({ job }: { job: Job }) {
  const id = useId();
  const queryClient = useQueryClient();
  // null: follow the saved schedule (it may change from elsewhere); a draft once edited.
  const [edit, setEdit] = useState<ScheduleDraft | null>(null);
  const [invalid, setInvalid] = useState<string | null>(null);
  const draft = edit ?? draftFromSchedule(job.schedule);

  const save = useMutation({
    mutationFn: (schedule: JobSchedule) =>
      sendJson('PATCH', apiPaths.hqJob(job.id), schedule, jobPatchResponseSchema),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: hqKeys.jobs });
      setEdit(null);
    },
  });

  const change = (next: ScheduleDraft) => {
    setEdit(next);
    setInvalid(null);
    save.reset();
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const checked = checkSchedule(draft);
    if (!checked.ok) {
      setInvalid(checked.message);
      return;
    }
    save.mutate(checked.schedule);
  };

  const serverFieldError =
    save.error instanceof HqApiError ? save.error.fields['intervalSeconds'] : undefined;
  const intervalError = invalid ?? fieldError(serverFieldError) ?? null;

  return (
    <form className="schedule-form" noValidate onSubmit={submit}>
      <h4 className="subheading">{t('jobs.schedule')}</h4>
      <div className="form-row">
        <div className="field field-checkbox">
          <input
            id={`${id}-enabled`}
            type="checkbox"
            checked={draft.enabled}
            onChange={(e) => change({ ...draft, enabled: e.target.checked })}
          />
          <label htmlFor={`${id}-enabled`}>{t('jobs.scheduled')}</label>
        </div>
        <div className="field">
          <label htmlFor={`${id}-interval`}>{t('jobs.everySeconds')}</label>
          <input
            id={`${id}-interval`}
            type="number"
            inputMode="numeric"
            min={1}
            max={86_400}
            step={1}
            value={draft.interval}
            aria-invalid={intervalError ? true : undefined}
            aria-describedby={intervalError ? `${id}-interval-error` : undefined}
            onChange={(e) => change({ ...draft, interval: e.target.value })}
          />
        </div>
        <button type="submit" disabled={save.isPending}>
          {save.isPending ? t('common.saving') : t('common.save')}
        </button>
      </div>
      {intervalError && (
        <p id={`${id}-interval-error`} className="field-error">
          {intervalError}
        </p>
      )}
      {save.isError && !serverFieldError && (
        <p className="field-error" role="alert">
          {t('jobs.couldNotSaveSchedule', { reason: errorMessage(save.error) })}
        </p>
      )}
      <p className="form-status" role="status">
        {save.isSuccess && !isDirty(draft, job.schedule) ? t('jobs.scheduleSaved') : ''}
      </p>
    </form>
  );
}
