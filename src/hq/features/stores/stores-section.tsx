import { useQuery } from '@tanstack/react-query';
import { Trans } from 'react-i18next';
import { Loading } from '../../components/loading.tsx';
import { QueryError } from '../../components/query-error.tsx';
import { hqI18n, t } from '../../i18n/i18n.ts';
import { storesQuery } from '../../queries.ts';
import { StoreCard } from './store-card.tsx';

/** Stores: registers, default customer, functionality profile and what new customers inherit. */
export function StoresSection() {
  const stores = useQuery(storesQuery);
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
