import { useQuery } from '@tanstack/react-query';
import { Loading } from '../../components/loading.tsx';
import { QueryError } from '../../components/query-error.tsx';
import { t } from '../../i18n/i18n.ts';
import { scaleUnitsPollMs, scaleUnitsQuery, storesQuery } from '../../queries.ts';
import { useNow } from '../../use-now.ts';
import { ScaleUnitRow } from './scale-unit-row.tsx';

const columns = 6;

/**
 * Scale units (issue 12): every scale unit HQ works with, the stores it serves, whether it
 * answers HQ now (asked again every few seconds) with its last error in words, its connected
 * registers and the last P-job pull and 1010 push.
 */
export function ScaleUnitsSection() {
  const list = useQuery(scaleUnitsQuery);
  const stores = useQuery(storesQuery);
  const now = useNow(scaleUnitsPollMs);
  const storeNames = new Map(stores.data?.stores.map((s) => [s.id, s.name]));
  const storeName = (id: string) => storeNames.get(id) ?? id;
  const units = list.data?.scaleUnits ?? [];
  const unreachable = units.filter((u) => !u.reachable).length;

  return (
    <section aria-labelledby="scale-units-heading">
      <h2 id="scale-units-heading">{t('app.sections.scale-units')}</h2>
      <p className="intro">{t('scaleUnits.intro')}</p>
      {list.isPending && <Loading what={t('things.scaleUnits')} />}
      {list.isError && (
        <QueryError
          what={t('things.scaleUnits')}
          error={list.error}
          onRetry={() => void list.refetch()}
        />
      )}
      {list.data && (
        <div className="table-wrap card">
          <table className="data-table scale-units-table">
            <caption>
              {t('scaleUnits.count', { count: units.length })}
              {unreachable > 0 && t('scaleUnits.unreachableCount', { n: unreachable })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('scaleUnits.scaleUnit')}</th>
                <th scope="col">{t('scaleUnits.stores')}</th>
                <th scope="col">{t('common.status')}</th>
                <th scope="col" className="num">
                  {t('scaleUnits.registersConnected')}
                </th>
                <th scope="col">{t('scaleUnits.lastPull')}</th>
                <th scope="col">{t('scaleUnits.lastPush')}</th>
              </tr>
            </thead>
            <tbody>
              {units.length === 0 ? (
                <tr>
                  <td colSpan={columns} className="empty">
                    {t('scaleUnits.noScaleUnits')}
                  </td>
                </tr>
              ) : (
                units.map((unit) => (
                  <ScaleUnitRow key={unit.id} unit={unit} storeName={storeName} now={now} />
                ))
              )}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
