import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { apiPaths } from '../../../contract/api-paths.ts';
import { hqStorePatchResponseSchema, type HqStore } from '../../../contract/hq-admin.ts';
import { HqApiError, sendJson } from '../../api.ts';
import { t } from '../../i18n/i18n.ts';
import { errorMessage, fieldError } from '../../i18n/messages.ts';
import { hqKeys } from '../../queries.ts';
import { checkStoreName } from './new-store.ts';

/**
 * A store card's heading with Rename: the store's name becomes a field (PATCH name), saved with
 * Save or Enter; Cancel or Escape puts the heading back, and focus returns to Rename.
 */
export function RenameStore({ store, headingId }: { store: HqStore; headingId: string }) {
  const id = useId();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(store.name);
  const [invalid, setInvalid] = useState<string | null>(null);
  const [renamed, setRenamed] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const renameRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  const save = useMutation({
    mutationFn: (newName: string) =>
      sendJson('PATCH', apiPaths.hqStore(store.id), { name: newName }, hqStorePatchResponseSchema),
    onSuccess: async ({ store: saved }) => {
      await queryClient.invalidateQueries({ queryKey: hqKeys.stores });
      setRenamed(saved.name);
      close();
    },
  });

  useEffect(() => {
    if (editing) inputRef.current?.select();
    else if (returnFocus.current) renameRef.current?.focus();
  }, [editing]);

  function close() {
    returnFocus.current = true;
    setEditing(false);
    setInvalid(null);
    save.reset();
  }

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const checked = checkStoreName(name);
    if (!checked.ok) {
      setInvalid(checked.message);
      return;
    }
    save.mutate(checked.name);
  };

  const serverField =
    save.error instanceof HqApiError ? fieldError(save.error.fields['name']) : undefined;
  const error = invalid ?? serverField;

  if (!editing) {
    return (
      <div className="card-head">
        <h3 id={headingId}>{store.name}</h3>
        <span className="muted mono">{store.id}</span>
        <button
          ref={renameRef}
          type="button"
          className="button-secondary button-small"
          aria-label={t('stores.renameFor', { store: store.name })}
          onClick={() => {
            setName(store.name);
            setRenamed(null);
            setEditing(true);
          }}
        >
          {t('stores.rename')}
        </button>
        <span className="form-status" role="status">
          {renamed && t('stores.renamed', { name: renamed })}
        </span>
      </div>
    );
  }

  return (
    <form
      className="card-head rename-form"
      noValidate
      onSubmit={submit}
      aria-label={t('stores.renameFor', { store: store.name })}
      onKeyDown={(e) => {
        if (e.key === 'Escape') close();
      }}
    >
      <h3 id={headingId} className="visually-hidden">
        {store.name}
      </h3>
      <div className="field">
        <label htmlFor={`${id}-name`}>{t('stores.storeName')}</label>
        <input
          ref={inputRef}
          id={`${id}-name`}
          type="text"
          autoComplete="off"
          maxLength={60}
          value={name}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => {
            setName(e.target.value);
            setInvalid(null);
            save.reset();
          }}
        />
        {error && (
          <span id={`${id}-error`} className="field-error">
            {error}
          </span>
        )}
      </div>
      <button type="submit" className="form-row-button" disabled={save.isPending}>
        {save.isPending ? t('common.saving') : t('common.save')}
      </button>
      <button type="button" className="button-secondary form-row-button" onClick={close}>
        {t('common.cancel')}
      </button>
      {save.isError && !serverField && (
        <p className="field-error" role="alert">
          {t('stores.couldNotRename', { reason: errorMessage(save.error) })}
        </p>
      )}
    </form>
  );
}
