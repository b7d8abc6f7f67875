import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Trans } from 'react-i18next';
import type { HqStore } from '../../../contract/hq-admin.ts';
import { Loading } from '../../components/loading.tsx';
import { QueryError } from '../../components/query-error.tsx';
import { hqI18n, t } from '../../i18n/i18n.ts';
import { storesQuery } from '../../queries.ts';
import { AddStoreForm } from './add-store-form.tsx';
import { StoreCard } from './store-card.tsx';

/**
 * Stores: registers, default customer, functionality profile and what new customers inherit;
 * Add store opens the form, which closes when the store is added (or on Cancel).
 */
export function StoresSection() {
  const stores = useQuery(storesQuery);
  const [adding, setAdding] = useState(false);
  const [added, setAdded] = useState<HqStore | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const notice = useRef<HTMLParagraphElement>(null);
  const [focusAfterClose, setFocusAfterClose] = useState<'button' | 'notice' | null>(null);

  useEffect(() => {
    if (focusAfterClose === 'button') addButton.current?.focus();
    if (focusAfterClose === 'notice') notice.current?.focus();
  }, [focusAfterClose]);

  return (
    <section aria-labelledby="stores-heading">
      <h2 id="stores-heading">{t('app.sections.stores')}</h2>
      <p className="intro">
        <Trans
          i18n={hqI18n.i18n}
          ns="hq"
          i18nKey="stores.intro"
          components={{ strong: <strong /> }}
        />
      </p>
      {stores.isPending && <Loading what={t('things.stores')} />}
      {stores.isError && (
        <QueryError
          what={t('things.stores')}
          error={stores.error}
          onRetry={() => void stores.refetch()}
        />
      )}
      <p className="form-status" role="status" ref={notice} tabIndex={-1}>
        {added && t('stores.storeAdded', { name: added.name, id: added.id })}
      </p>
      {stores.data && !adding && (
        <button
          ref={addButton}
          type="button"
          className="add-store-button"
          onClick={() => {
            setAdded(null);
            setFocusAfterClose(null);
            setAdding(true);
          }}
        >
          {t('stores.addStore')}
        </button>
      )}
      {stores.data && adding && (
        <AddStoreForm
          stores={stores.data.stores}
          onAdded={(store) => {
            setAdding(false);
            setAdded(store);
            setFocusAfterClose('notice');
          }}
          onCancel={() => {
            setAdding(false);
            setFocusAfterClose('button');
          }}
        />
      )}
      {stores.data && (
        <div className="store-list">
          {stores.data.stores.length === 0 && <p className="muted">{t('stores.noStores')}</p>}
          {stores.data.stores.map((store) => (
            <StoreCard key={store.id} store={store} />
          ))}
        </div>
      )}
    </section>
  );
}
