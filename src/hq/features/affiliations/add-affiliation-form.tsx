import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useRef, useState, type FormEvent } from 'react';
import { z } from '../../../contract/zod.ts';
import { apiPaths } from '../../../contract/api-paths.ts';
import { affiliationSchema, type Affiliation } from '../../../contract/customer.ts';
import { fieldErrors } from '../../../contract/errors.ts';
import { HqApiError, sendJson } from '../../api.ts';
import { t } from '../../i18n/i18n.ts';
import { errorMessage, fieldError } from '../../i18n/messages.ts';
import { hqKeys } from '../../queries.ts';
import type { Message } from '../../../contract/messages.ts';

type Draft = { id: string; name: string };
const empty: Draft = { id: '', name: '' };

/** The add form of Affiliations: Id and Name (POST apiPaths.hqAffiliations). */
export function AddAffiliationForm() {
  const formId = useId();
  const queryClient = useQueryClient();
  const idRef = useRef<HTMLInputElement>(null);
  const [draft, setDraft] = useState<Draft>(empty);
  const [invalid, setInvalid] = useState<Record<string, Message>>({});
  const [added, setAdded] = useState<Affiliation | null>(null);
  const add = useMutation({
    // The contract names no reply body: the list is read again.
    mutationFn: (affiliation: Affiliation) =>
      sendJson('POST', apiPaths.hqAffiliations, affiliation, z.unknown()),
    onSuccess: async (_reply, affiliation) => {
      await queryClient.invalidateQueries({ queryKey: hqKeys.affiliations });
      setDraft(empty);
      setAdded(affiliation);
      idRef.current?.focus();
    },
  });

  const serverFields = add.error instanceof HqApiError ? add.error.fields : {};
  const duplicate = add.error instanceof HqApiError && add.error.status === 409;
  const errors: Record<string, string | undefined> = {
    id:
      duplicate && !invalid['id']
        ? t('affiliations.idExists')
        : fieldError(invalid['id'] ?? serverFields['id']),
    name: fieldError(invalid['name'] ?? serverFields['name']),
  };

  const change = (next: Draft) => {
    setDraft(next);
    setInvalid({});
    setAdded(null);
    add.reset();
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = affiliationSchema.safeParse(draft);
    if (!parsed.success) {
      setInvalid(fieldErrors(parsed.error));
      return;
    }
    add.mutate(parsed.data);
  };

  const fieldProps = (key: keyof Draft) => ({
    id: `${formId}-${key}`,
    value: draft[key],
    'aria-invalid': errors[key] ? true : undefined,
    'aria-describedby':
      [key === 'id' ? `${formId}-id-hint` : '', errors[key] ? `${formId}-${key}-error` : '']
        .filter(Boolean)
        .join(' ') || undefined,
    onChange: (e: { target: { value: string } }) => change({ ...draft, [key]: e.target.value }),
  });

  return (
    <form className="card form-card" noValidate onSubmit={submit} aria-labelledby={`${formId}-h`}>
      <h3 id={`${formId}-h`}>{t('affiliations.addHeading')}</h3>
      <div className="form-row">
        <div className="field">
          <label htmlFor={`${formId}-id`}>{t('affiliations.id')}</label>
          <input ref={idRef} type="text" autoComplete="off" maxLength={30} {...fieldProps('id')} />
          <span id={`${formId}-id-hint`} className="hint">
            {t('affiliations.idHint')}
          </span>
          {errors.id && (
            <span id={`${formId}-id-error`} className="field-error" role="alert">
              {errors.id}
            </span>
          )}
        </div>
        <div className="field field-grow">
          <label htmlFor={`${formId}-name`}>{t('common.name')}</label>
          <input type="text" autoComplete="off" maxLength={60} {...fieldProps('name')} />
          {errors.name && (
            <span id={`${formId}-name-error`} className="field-error" role="alert">
              {errors.name}
            </span>
          )}
        </div>
        <button type="submit" className="form-row-button" disabled={add.isPending}>
          {add.isPending ? t('affiliations.adding') : t('affiliations.add')}
        </button>
      </div>
      {add.isError && !duplicate && Object.keys(serverFields).length === 0 && (
        <p className="field-error" role="alert">
          {t('affiliations.couldNotAdd', { reason: errorMessage(add.error) })}
        </p>
      )}
      <p className="form-status" role="status">
        {added && t('affiliations.added', { name: added.name, id: added.id })}
      </p>
    </form>
  );
}
