import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Loading } from '../../components/loading.tsx';
import { QueryError } from '../../components/query-error.tsx';
import { t } from '../../i18n/i18n.ts';
import { duplicatesQuery, storesQuery, type DuplicateView } from '../../queries.ts';
import { DuplicateCard } from './duplicate-card.tsx';

/**
 * Likely duplicates (X2): the customers HQ's synchronization job found sharing a phone number or
 * an e-mail address, across stores, for an admin to confirm as distinct or merge.
 */
export function DuplicatesSection() {
  const id = useId();
  const [view, setView] = useState<DuplicateView>('open');
  const [done, setDone] = useState('');
  const duplicates = useQuery(duplicatesQuery(view));
  const stores = useQuery(storesQuery);
  const storeNames = new Map(stores.data?.stores.map((s) => [s.id, s.name]));
  const data = duplicates.data;

  return (
    <section aria-labelledby="duplicates-heading">
      <h2 id="duplicates-heading">{t('app.sections.duplicates')}</h2>
      <p className="intro">{t('duplicates.intro')}</p>
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor={`${id}-view`}>{t('duplicates.show')}</label>
          <select
            id={`${id}-view`}
            value={view}
            onChange={(e) => setView(e.target.value === 'resolved' ? 'resolved' : 'open')}
          >
            <option value="open">{t('duplicates.views.open')}</option>
            <option value="resolved">{t('duplicates.views.resolved')}</option>
          </select>
        </div>
      </form>
      <p className="form-status" role="status">
        {done}
      </p>
      {duplicates.isPending && <Loading what={t('things.duplicates')} />}
      {duplicates.isError && (
        <QueryError
          what={t('things.duplicates')}
          error={duplicates.error}
          onRetry={() => void duplicates.refetch()}
        />
      )}
      {data && (
        <>
          <p className="result-count">
            {data.total === 0
              ? t(view === 'open' ? 'duplicates.noneOpen' : 'duplicates.noneResolved')
              : t(view === 'open' ? 'duplicates.openCount' : 'duplicates.resolvedCount', {
                  count: data.total,
                })}
          </p>
          <ul className="duplicate-list">
            {data.flags.map((flag) => (
              <li key={flag.id}>
                <DuplicateCard
                  flag={flag}
                  storeName={(storeId) => storeNames.get(storeId) ?? storeId}
                  onResolved={setDone}
                />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
