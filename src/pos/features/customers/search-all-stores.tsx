import { useMutation } from '@tanstack/react-query';
import { searchAllStoresMinLength } from '../../../contract/search-limits.ts';
import { t } from '../../i18n/i18n.ts';
import { describeError } from '../../i18n/messages.ts';
import { useConnectivity, useServices } from '../../services/pos-services.tsx';
import { realtimeValue } from '../../sync/classify.ts';
import { CustomerTable } from './customer-table.tsx';

/** Search all stores (B12): asks HQ in real time; needs 4 characters and a connection. */
export function SearchAllStores({ query }: { query: string }) {
  const { api, connectivity } = useServices();
  const { online } = useConnectivity();
  const search = useMutation({
    mutationFn: async (q: string) =>
      realtimeValue(await api.searchAllStores(q), connectivity).customers,
  });
  const trimmed = query.trim();
  const blocked = !online
    ? t('searchAll.needsConnection')
    : trimmed.length < searchAllStoresMinLength
      ? t('searchAll.tooShort', { min: searchAllStoresMinLength })
      : null;
  return (
    <div className="search-all">
      <button
        type="button"
        disabled={blocked !== null || search.isPending}
        aria-describedby="search-all-hint"
        onClick={() => search.mutate(trimmed)}
      >
        {search.isPending ? t('searchAll.searching') : t('searchAll.button')}
      </button>
      <span id="search-all-hint" className="hint">
        {blocked ?? t('searchAll.hint')}
      </span>
      {search.isError && (
        <p className="form-error" role="alert">
          {describeError(search.error)}
        </p>
      )}
      <p role="status" className="visually-hidden">
        {search.isSuccess && foundText(search.data.length)}
      </p>
      {search.isSuccess && (
        <section aria-label={t('searchAll.results')}>
          <h2>{foundText(search.data.length)}</h2>
          {search.data.length > 0 && (
            <CustomerTable customers={search.data} caption={t('searchAll.caption')} />
          )}
        </section>
      )}
    </div>
  );
}

function foundText(n: number): string {
  return n === 0 ? t('searchAll.noneFound') : t('searchAll.found', { n });
}
