import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { apiPaths } from '../../../contract/api-paths.ts';
import type { CustomerDefaults } from '../../../contract/customer.ts';
import { hqStorePatchResponseSchema, type HqStore } from '../../../contract/hq-admin.ts';
import { HqApiError, sendJson } from '../../api.ts';
import { t } from '../../i18n/i18n.ts';
import { errorMessage } from '../../i18n/messages.ts';
import { hqKeys } from '../../queries.ts';
import { DefaultsFields } from './defaults-fields.tsx';
import { checkDefaults, defaultsChanged, serverDefaultsErrors } from './store-defaults.ts';

/** The store's default customer: what every new customer of the store inherits (PATCH defaults). */
export function StoreDefaultsForm({ store }: { store: HqStore }) {
  const id = useId();
  const queryClient = useQueryClient();
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
  const dirty = defaultsChanged(draft, store.defaults);

  return (
    <form
      className="defaults-form"
      noValidate
      onSubmit={submit}
      aria-label={t('stores.defaultsFormName', { store: store.name })}
    >
      <h4 className="subheading">{t('stores.defaultsHeading')}</h4>
      <DefaultsFields idPrefix={id} draft={draft} errors={errors} onChange={change} />
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
