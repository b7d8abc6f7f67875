import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { apiPaths } from '../../../contract/api-paths.ts';
import {
  hqStorePatchResponseSchema,
  type HqStore,
  type HqStoreCreate,
} from '../../../contract/hq-admin.ts';
import { sendJson } from '../../api.ts';
import { t } from '../../i18n/i18n.ts';
import { errorMessage } from '../../i18n/messages.ts';
import { hqKeys } from '../../queries.ts';
import { DefaultsFields } from './defaults-fields.tsx';
import {
  checkNewStore,
  defaultCustomerNameOf,
  emptyNewStore,
  serverNewStoreErrors,
  type NewStoreDraft,
  type NewStoreErrors,
} from './new-store.ts';

const noErrors: NewStoreErrors = { store: {}, defaults: {} };

/**
 * Add a store (POST apiPaths.hqStores): its ID, name, async mode, and its default customer —
 * the name HQ gives it and the values the store's new customers inherit, which start as those
 * of an existing store. Store ID first has focus; Cancel closes without a call.
 */
export function AddStoreForm({
  stores,
  onAdded,
  onCancel,
}: {
  stores: readonly HqStore[];
  onAdded: (store: HqStore) => void;
  onCancel: () => void;
}) {
  const id = useId();
  const queryClient = useQueryClient();
  const firstField = useRef<HTMLInputElement>(null);
  const [draft, setDraft] = useState<NewStoreDraft>(() => emptyNewStore(stores));
  const [invalid, setInvalid] = useState<NewStoreErrors | null>(null);
  const add = useMutation({
    mutationFn: (store: HqStoreCreate) =>
      sendJson('POST', apiPaths.hqStores, store, hqStorePatchResponseSchema),
    onSuccess: async ({ store }) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: hqKeys.stores }),
        queryClient.invalidateQueries({ queryKey: hqKeys.registerHealth }),
      ]);
      onAdded(store);
    },
  });

  useEffect(() => firstField.current?.focus(), []);

  const change = (next: NewStoreDraft) => {
    setDraft(next);
    setInvalid(null);
    add.reset();
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const checked = checkNewStore(draft);
    if (!checked.ok) {
      setInvalid(checked.errors);
      return;
    }
    add.mutate(checked.store);
  };

  const fromServer = serverNewStoreErrors(add.error);
  const errors = invalid ?? fromServer ?? noErrors;
  const hasFieldErrors =
    Object.keys(errors.store).length > 0 || Object.keys(errors.defaults).length > 0;

  const textField = (
    key: 'id' | 'name' | 'defaultCustomerName',
    label: string,
    value: string,
    onValue: (value: string) => void,
    options: { maxLength: number; hint?: string },
  ) => {
    const error = errors.store[key];
    const describedBy = [options.hint ? `${id}-${key}-hint` : '', error ? `${id}-${key}-error` : '']
      .filter(Boolean)
      .join(' ');
    return (
      <div className="field field-grow">
        <label htmlFor={`${id}-${key}`}>{label}</label>
        <input
          id={`${id}-${key}`}
          ref={key === 'id' ? firstField : undefined}
          type="text"
          autoComplete="off"
          value={value}
          maxLength={options.maxLength}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy || undefined}
          onChange={(e) => onValue(e.target.value)}
        />
        {options.hint && (
          <span id={`${id}-${key}-hint`} className="hint">
            {options.hint}
          </span>
        )}
        {error && (
          <span id={`${id}-${key}-error`} className="field-error">
            {error}
          </span>
        )}
      </div>
    );
  };

  return (
    <form
      className="card form-card add-store-form"
      noValidate
      onSubmit={submit}
      aria-labelledby={`${id}-heading`}
    >
      <h3 id={`${id}-heading`}>{t('stores.addStoreHeading')}</h3>
      <div className="form-row">
        {textField(
          'id',
          t('stores.storeId'),
          draft.id,
          (value) => change({ ...draft, id: value.toUpperCase() }),
          { maxLength: 14, hint: t('stores.storeIdHint') },
        )}
        {textField(
          'name',
          t('stores.storeName'),
          draft.name,
          (value) => change({ ...draft, name: value }),
          { maxLength: 60 },
        )}
      </div>
      <div className="field field-checkbox">
        <input
          id={`${id}-async`}
          type="checkbox"
          checked={draft.asyncCustomerMode}
          onChange={(e) => change({ ...draft, asyncCustomerMode: e.target.checked })}
        />
        <label htmlFor={`${id}-async`}>{t('stores.asyncMode')}</label>
      </div>
      <h4 className="subheading">{t('stores.defaultCustomer')}</h4>
      <div className="form-row">
        {textField(
          'defaultCustomerName',
          t('stores.defaultCustomerName'),
          defaultCustomerNameOf(draft),
          (value) => change({ ...draft, defaultCustomerName: value }),
          { maxLength: 100, hint: t('stores.defaultCustomerHint') },
        )}
      </div>
      <DefaultsFields
        idPrefix={`${id}-defaults`}
        draft={draft.defaults}
        errors={errors.defaults}
        onChange={(defaults) => change({ ...draft, defaults })}
      />
      <div className="form-actions">
        <button type="submit" disabled={add.isPending}>
          {add.isPending ? t('stores.adding') : t('stores.add')}
        </button>
        <button type="button" className="button-secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
      {(hasFieldErrors || add.isError) && (
        <p className="field-error" role="alert">
          {hasFieldErrors
            ? t('stores.checkFields')
            : t('stores.couldNotAddStore', { reason: errorMessage(add.error) })}
        </p>
      )}
    </form>
  );
}
