import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { z } from '../../../contract/zod.ts';
import { apiPaths } from '../../../contract/api-paths.ts';
import {
  adminPasswordChangeSchema,
  adminPasswordMinLength,
  type AdminPasswordChange,
} from '../../../contract/hq-admin.ts';
import { HqApiError, sendJson } from '../../api.ts';
import { t } from '../../i18n/i18n.ts';
import { errorMessage, describe } from '../../i18n/messages.ts';
import { hqKeys, sessionKey } from '../../queries.ts';
import { issueMessage } from '../../../contract/errors.ts';

type Field = 'currentPassword' | 'newPassword' | 'confirmPassword';

/** What went wrong, and in which field (the first one to fix gets the focus). */
interface Problem {
  field: Field;
  message: string;
}

function localProblem(form: Record<Field, string>): Problem | null {
  const parsed = adminPasswordChangeSchema.safeParse({
    currentPassword: form.currentPassword,
    newPassword: form.newPassword,
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path[0] === 'currentPassword' ? 'currentPassword' : 'newPassword';
    return { field, message: issue ? describe(issueMessage(issue)) : '' };
  }
  if (form.newPassword !== form.confirmPassword) {
    return { field: 'confirmPassword', message: t('session.passwordsDiffer') };
  }
  return null;
}

function serverProblem(error: unknown): Problem {
  if (error instanceof HqApiError && error.fields.currentPassword) {
    return { field: 'currentPassword', message: describe(error.fields.currentPassword) };
  }
  if (error instanceof HqApiError && error.fields.newPassword) {
    return { field: 'newPassword', message: describe(error.fields.newPassword) };
  }
  return {
    field: 'currentPassword',
    message: t('session.couldNotChangePassword', { reason: errorMessage(error) }),
  };
}

/**
 * Choosing a new console password (PUT of the admin password). `required`: the default password
 * is still in use, and the console shows nothing else until it is replaced. Otherwise it is
 * reached from the header and `onClose` returns to the console (`changed` after a change).
 * HQ ends every session and gives this browser a new one.
 */
export function ChangePasswordScreen({
  required,
  onClose,
}: {
  required: boolean;
  onClose?: (changed: boolean) => void;
}) {
  const id = useId();
  const queryClient = useQueryClient();
  const currentRef = useRef<HTMLInputElement>(null);
  const newRef = useRef<HTMLInputElement>(null);
  const confirmRef = useRef<HTMLInputElement>(null);
  const refs = { currentPassword: currentRef, newPassword: newRef, confirmPassword: confirmRef };
  const [form, setForm] = useState<Record<Field, string>>({
    currentPassword: '',
    newPassword: '',
    confirmPassword: '',
  });
  const [problem, setProblem] = useState<Problem | null>(null);
  const change = useMutation({
    // The contract names no reply body (204): the session is read again below.
    mutationFn: (body: AdminPasswordChange) =>
      sendJson('PUT', apiPaths.hqPassword, body, z.unknown()),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: sessionKey });
      await queryClient.invalidateQueries({ queryKey: hqKeys.all });
      onClose?.(true);
    },
    onError: (error) => {
      const found = serverProblem(error);
      setProblem(found);
      refs[found.field].current?.focus();
    },
  });

  useEffect(() => {
    currentRef.current?.focus();
  }, []);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = localProblem(form);
    setProblem(found);
    if (found) {
      refs[found.field].current?.focus();
      return;
    }
    change.mutate({ currentPassword: form.currentPassword, newPassword: form.newPassword });
  };

  const input = (field: Field, autoComplete: string, describedBy: string[] = []) => {
    const described = [...describedBy, ...(problem?.field === field ? [`${id}-error`] : [])];
    return (
      <div className="field">
        <label htmlFor={`${id}-${field}`}>{t(`session.${field}`)}</label>
        <input
          ref={refs[field]}
          id={`${id}-${field}`}
          type="password"
          autoComplete={autoComplete}
          value={form[field]}
          maxLength={200}
          aria-invalid={problem?.field === field ? true : undefined}
          aria-describedby={described.length ? described.join(' ') : undefined}
          onChange={(e) => {
            setForm({ ...form, [field]: e.target.value });
            setProblem(null);
          }}
        />
      </div>
    );
  };

  return (
    <section className="card sign-in change-password" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>
        {required ? t('session.requiredHeading') : t('session.changeHeading')}
      </h2>
      <p className="muted">{required ? t('session.requiredIntro') : t('session.changeIntro')}</p>
      <form noValidate onSubmit={submit}>
        {input('currentPassword', 'current-password')}
        {input('newPassword', 'new-password', [`${id}-hint`])}
        <p id={`${id}-hint`} className="hint">
          {t('session.newPasswordHint', { min: adminPasswordMinLength })}
        </p>
        {input('confirmPassword', 'new-password')}
        <p id={`${id}-error`} className="field-error" role="alert">
          {problem?.message}
        </p>
        <div className="form-actions">
          <button type="submit" disabled={change.isPending}>
            {change.isPending ? t('session.savingPassword') : t('session.savePassword')}
          </button>
          {!required && (
            <button type="button" className="button-secondary" onClick={() => onClose?.(false)}>
              {t('common.cancel')}
            </button>
          )}
        </div>
      </form>
    </section>
  );
}
