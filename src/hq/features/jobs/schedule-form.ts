import { jobScheduleSchema, type JobSchedule } from '../../../contract/hq-admin.ts';
import { t } from '../../i18n/i18n.ts';

/** What the schedule form holds while it is edited: the interval is the text typed. */
export type ScheduleDraft = { enabled: boolean; interval: string };

/** The result of checking a schedule draft: the schedule to save, or a message for the field. */
export type ScheduleCheck = { ok: true; schedule: JobSchedule } | { ok: false; message: string };

const maxSeconds = 86_400;

/** The form's starting values for a saved schedule. */
export function draftFromSchedule(schedule: JobSchedule): ScheduleDraft {
  return { enabled: schedule.enabled, interval: String(schedule.intervalSeconds) };
}

/** Checks a schedule draft against the contract: a whole number of seconds from 1 to 86,400. */
export function checkSchedule(draft: ScheduleDraft): ScheduleCheck {
  const text = draft.interval.trim();
  if (text === '') return { ok: false, message: t('jobs.enterSeconds') };
  if (!/^\d+$/.test(text)) return { ok: false, message: t('jobs.wholeSeconds') };
  const parsed = jobScheduleSchema.safeParse({
    enabled: draft.enabled,
    intervalSeconds: Number(text),
  });
  if (!parsed.success) {
    return { ok: false, message: t('jobs.secondsRange', { max: maxSeconds }) };
  }
  return { ok: true, schedule: parsed.data };
}

/** Whether a draft differs from the saved schedule. */
export function isDirty(draft: ScheduleDraft, saved: JobSchedule): boolean {
  return draft.enabled !== saved.enabled || draft.interval.trim() !== String(saved.intervalSeconds);
}
