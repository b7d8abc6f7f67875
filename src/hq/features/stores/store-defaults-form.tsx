import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { apiPaths } from '../../../contract/api-paths.ts';
import { receiptPreferences, type CustomerDefaults } from '../../../contract/customer.ts';
import { hqStorePatchResponseSchema, type HqStore } from '../../../contract/hq-admin.ts';
import { HqApiError, sendJson } from '../../api.ts';
import { t } from '../../i18n/i18n.ts';
import { errorMessage, fieldError } from '../../i18n/messages.ts';
import { affiliationsQuery, hqKeys } from '../../queries.ts';
import { checkDefaults, defaultsChanged, serverDefaultsErrors } from './store-defaults.ts';

type TextKey = 'customerGroup' | 'currency' | 'language';
const textFields = [
  { key: 'customerGroup', maxLength: 10, hint: 'customerGroupHint' },
  { key: 'currency', maxLength: 3, hint: 'currencyHint' },
  { key: 'language', maxLength: 10, hint: 'languageHint' },
] as const satisfies readonly { key: TextKey; maxLength: number; hint: string }[];

/** The store's default customer: what every new customer of the store inherits (PATCH defaults). */
export function StoreDefaultsForm({ store }: { store: HqStore }) {
  const id = useId();
  const queryClient = useQueryClient();
  const affiliations = useQuery(affiliationsQuery);
  // null: follow what HQ has; a draft once edited.
  const [edit, setEdit] = useState<CustomerDefaults | null>(null);
  const [invalid, setInvalid] = useState<Record<string, string>>({});
  const draft = edit ?? store.defaults;
  const save = useMutation({
    mutationFn: (defaults: CustomerDefaults) =>
      sendJson('PATCH', apiPaths.hqStore(store.id), { defaults }, hqStorePatchResponseSchema),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: hqKeys.stores });
      setEdit(null);
    },
  });

  const change = (next: CustomerDefaults) => {
    setEdit(next);
    setInvalid({});
    save.reset();
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const checked = checkDefaults(draft);
    if (!checked.ok) {
      setInvalid(checked.fields);
      return;
    }
    save.mutate(checked.defaults);
  };

  const serverFields =
    save.error instanceof HqApiError ? serverDefaultsErrors(save.error.fields) : {};
  const errors = Object.keys(invalid).length > 0 ? invalid : serverFields;
  const affiliationError = Object.entries(errors).find(([key]) =>
    key.startsWith('affiliations'),
  )?.[1];
  const known = affiliations.data?.affiliations ?? [];
  // Ids the store has that HQ no longer lists still show, so they can be unticked.
  const choices = [
    ...known,
    ...draft.affiliations
      .filter((a) => !known.some((k) => k.id === a))
      .map((a) => ({ id: a, name: a })),
  ];
  const dirty = defaultsChanged(draft, store.defaults);

  return (
    <form
      className="defaults-form"
      noValidate
      onSubmit={submit}
      aria-label={t('stores.defaultsFormName', { store: store.name })}
    >
      <h4 className="subheading">{t('stores.defaultsHeading')}</h4>
      <div className="defaults-grid">
        {textFields.map((field) => {
          const error = fieldError(errors[field.key]);
          return (
            <div className="field" key={field.key}>
              <label htmlFor={`${id}-${field.key}`}>{t(`stores.${field.key}`)}</label>
              <input
                id={`${id}-${field.key}`}
                type="text"
                autoComplete="off"
                value={draft[field.key]}
                maxLength={field.maxLength}
                aria-invalid={error ? true : undefined}
                aria-describedby={`${id}-${field.key}-hint${error ? ` ${id}-${field.key}-error` : ''}`}
                onChange={(e) => {
                  const value =
                    field.key === 'currency' ? e.target.value.toUpperCase() : e.target.value;
                  change({ ...draft, [field.key]: value });
                }}
              />
              <span id={`${id}-${field.key}-hint`} className="hint">
                {t(`stores.${field.hint}`)}
              </span>
              {error && (
                <span id={`${id}-${field.key}-error`} className="field-error">
                  {error}
                </span>
              )}
            </div>
          );
        })}
        <div className="field">
          <label htmlFor={`${id}-receipt`}>{t('stores.receiptPreference')}</label>
          <select
            id={`${id}-receipt`}
            value={draft.receiptPreference}
            onChange={(e) => {
              const value = receiptPreferences.find((p) => p === e.target.value);
              if (value) change({ ...draft, receiptPreference: value });
            }}
          >
            {receiptPreferences.map((p) => (
              <option key={p} value={p}>
                {t(`stores.receipts.${p}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <fieldset
        className="checkbox-group"
        aria-describedby={affiliationError ? `${id}-aff-error` : undefined}
      >
        <legend>{t('stores.affiliations')}</legend>
        {affiliations.isPending && <span className="muted">{t('stores.loadingAffiliations')}</span>}
        {affiliations.isError && (
          <span className="field-error">
            {t('stores.couldNotLoadAffiliations', { reason: errorMessage(affiliations.error) })}
          </span>
        )}
        {affiliations.isSuccess && choices.length === 0 && (
          <span className="muted">{t('stores.noAffiliations')}</span>
        )}
        {choices.map((affiliation) => (
          <div className="field field-checkbox" key={affiliation.id}>
            <input
              id={`${id}-aff-${affiliation.id}`}
              type="checkbox"
              checked={draft.affiliations.includes(affiliation.id)}
              onChange={(e) =>
                change({
                  ...draft,
                  affiliations: e.target.checked
                    ? [...draft.affiliations, affiliation.id]
                    : draft.affiliations.filter((a) => a !== affiliation.id),
                })
              }
            />
            <label htmlFor={`${id}-aff-${affiliation.id}`}>{affiliation.name}</label>
          </div>
        ))}
        {affiliationError && (
          <span id={`${id}-aff-error`} className="field-error">
            {fieldError(affiliationError)}
          </span>
        )}
      </fieldset>
      <div className="form-actions">
        <button type="submit" disabled={save.isPending}>
          {save.isPending ? t('common.saving') : t('common.save')}
        </button>
        <p className="form-status" role="status">
          {save.isSuccess && !dirty ? t('stores.defaultsSaved') : ''}
        </p>
      </div>
      {(Object.keys(errors).length > 0 || save.isError) && (
        <p className="field-error" role="alert">
          {Object.keys(errors).length > 0
            ? t('stores.checkFields')
            : t('stores.couldNotSaveDefaults', { reason: errorMessage(save.error) })}
        </p>
      )}
    </form>
  );
}
