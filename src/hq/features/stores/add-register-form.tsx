import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { apiPaths } from '../../../contract/api-paths.ts';
import { hqRegisterCreateResponseSchema, type HqStore } from '../../../contract/hq-admin.ts';
import { HqApiError, sendJson } from '../../api.ts';
import { t } from '../../i18n/i18n.ts';
import { errorMessage, fieldError } from '../../i18n/messages.ts';
import { hqKeys } from '../../queries.ts';
import { checkRegisterNumber, nextRegisterNumber } from './new-store.ts';

/** Add register (POST apiPaths.hqStoreRegisters): its number, suggested as the next free one. */
export function AddRegisterForm({ store }: { store: HqStore }) {
  const id = useId();
  const queryClient = useQueryClient();
  // null: follow the suggestion, which moves on as registers are added.
  const [typed, setTyped] = useState<string | null>(null);
  const [invalid, setInvalid] = useState<string | null>(null);
  const [added, setAdded] = useState<string | null>(null);
  const number = typed ?? nextRegisterNumber(store);
  const add = useMutation({
    mutationFn: (value: string) =>
      sendJson(
        'POST',
        apiPaths.hqStoreRegisters(store.id),
        { number: value },
        hqRegisterCreateResponseSchema,
      ),
    onSuccess: async ({ register }) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: hqKeys.stores }),
        queryClient.invalidateQueries({ queryKey: hqKeys.registerHealth }),
      ]);
      setTyped(null);
      setAdded(register.number);
    },
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const checked = checkRegisterNumber(number);
    if (!checked.ok) {
      setInvalid(checked.message);
      return;
    }
    add.mutate(checked.number);
  };

  const taken =
    add.error instanceof HqApiError && add.error.code === 'register-exists' && add.variables;
  const serverField =
    add.error instanceof HqApiError ? fieldError(add.error.fields['number']) : undefined;
  const error =
    invalid ??
    (taken
      ? t('stores.registerExists', { store: store.name, number: add.variables })
      : undefined) ??
    serverField;

  return (
    <form
      className="form-row add-register-form"
      noValidate
      onSubmit={submit}
      aria-label={t('stores.addRegisterFor', { store: store.name })}
    >
      <div className="field">
        <label htmlFor={`${id}-number`}>{t('stores.registerNumber')}</label>
        <input
          id={`${id}-number`}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          maxLength={3}
          size={5}
          value={number}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
          onChange={(e) => {
            setTyped(e.target.value);
            setInvalid(null);
            setAdded(null);
            add.reset();
          }}
        />
        <span id={`${id}-hint`} className="hint">
          {t('stores.registerNumberHint')}
        </span>
        {error && (
          <span id={`${id}-error`} className="field-error">
            {error}
          </span>
        )}
      </div>
      <button type="submit" className="button-secondary form-row-button" disabled={add.isPending}>
        {add.isPending ? t('stores.adding') : t('stores.addRegister')}
      </button>
      {add.isError && !error && (
        <p className="field-error" role="alert">
          {t('stores.couldNotAddRegister', { reason: errorMessage(add.error) })}
        </p>
      )}
      <p className="form-status" role="status">
        {added && t('stores.registerAdded', { number: added, store: store.name })}
      </p>
    </form>
  );
}
