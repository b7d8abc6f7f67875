import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { z } from '../../../contract/zod.ts';
import { apiPaths } from '../../../contract/api-paths.ts';
import { adminSignInSchema } from '../../../contract/hq-admin.ts';
import { sendJson } from '../../api.ts';
import { t } from '../../i18n/i18n.ts';
import { describe } from '../../i18n/messages.ts';
import { hqKeys, sessionKey } from '../../queries.ts';
import { signInErrorMessage } from './sign-in-messages.ts';
import { fieldErrors } from '../../../contract/errors.ts';
import { message, type Message } from '../../../contract/messages.ts';

/** The console's sign-in: one administrator password (POST of the admin session). */
export function SignInScreen() {
  const id = useId();
  const queryClient = useQueryClient();
  const inputRef = useRef<HTMLInputElement>(null);
  const [password, setPassword] = useState('');
  const [invalid, setInvalid] = useState<Message | null>(null);
  const signIn = useMutation({
    // The contract names no reply body: the session is read again below.
    mutationFn: (body: { password: string }) =>
      sendJson('POST', apiPaths.hqSession, body, z.unknown()),
    onSuccess: async () => {
      // Whether a new password must be chosen first comes with the session.
      await queryClient.invalidateQueries({ queryKey: sessionKey });
      await queryClient.invalidateQueries({ queryKey: hqKeys.all });
    },
    onError: () => {
      setPassword('');
      inputRef.current?.focus();
    },
  });

  useEffect(() => {
    inputRef.current?.focus();
  }, []);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = adminSignInSchema.safeParse({ password });
    if (!parsed.success) {
      setInvalid(Object.values(fieldErrors(parsed.error))[0] ?? message('enter-password'));
      inputRef.current?.focus();
      return;
    }
    setInvalid(null);
    signIn.mutate(parsed.data);
  };

  const shown =
    invalid !== null ? describe(invalid) : signIn.isError ? signInErrorMessage(signIn.error) : null;

  return (
    <section className="card sign-in" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('session.heading')}</h2>
      <p className="muted">{t('session.intro')}</p>
      <form noValidate onSubmit={submit}>
        <div className="field">
          <label htmlFor={`${id}-password`}>{t('session.password')}</label>
          <input
            ref={inputRef}
            id={`${id}-password`}
            type="password"
            autoComplete="current-password"
            value={password}
            maxLength={200}
            aria-invalid={shown ? true : undefined}
            aria-describedby={shown ? `${id}-error` : undefined}
            onChange={(e) => {
              setPassword(e.target.value);
              setInvalid(null);
            }}
          />
        </div>
        <p id={`${id}-error`} className="field-error" role="alert">
          {shown}
        </p>
        <button type="submit" disabled={signIn.isPending}>
          {signIn.isPending ? t('session.signingIn') : t('session.signIn')}
        </button>
      </form>
    </section>
  );
}
