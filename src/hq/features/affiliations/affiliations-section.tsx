import { useQuery } from '@tanstack/react-query';
import { Loading } from '../../components/loading.tsx';
import { QueryError } from '../../components/query-error.tsx';
import { t } from '../../i18n/i18n.ts';
import { affiliationsQuery } from '../../queries.ts';
import { AddAffiliationForm } from './add-affiliation-form.tsx';

/** Affiliations defined at HQ (B9), e.g. Employee, Senior, Student, and a form to add one. */
export function AffiliationsSection() {
  const affiliations = useQuery(affiliationsQuery);
  const list = affiliations.data?.affiliations;
  return (
    <section aria-labelledby="affiliations-heading">
      <h2 id="affiliations-heading">{t('app.sections.affiliations')}</h2>
      <p className="intro">{t('affiliations.intro')}</p>
      {affiliations.isPending && <Loading what={t('things.affiliations')} />}
      {affiliations.isError && (
        <QueryError
          what={t('things.affiliations')}
          error={affiliations.error}
          onRetry={() => void affiliations.refetch()}
        />
      )}
      {list && (
        <div className="table-wrap card narrow-table">
          <table className="data-table">
            <caption>{t('affiliations.count', { count: list.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('affiliations.id')}</th>
                <th scope="col">{t('common.name')}</th>
              </tr>
            </thead>
            <tbody>
              {list.length === 0 ? (
                <tr>
                  <td colSpan={2} className="empty">
                    {t('affiliations.noneYet')}
                  </td>
                </tr>
              ) : (
                list.map((affiliation) => (
                  <tr key={affiliation.id}>
                    <td>
                      <span className="mono">{affiliation.id}</span>
                    </td>
                    <th scope="row" className="cell-plain">
                      {affiliation.name}
                    </th>
                  </tr>
                ))
              )}
            </tbody>
          </table>
        </div>
      )}
      <AddAffiliationForm />
    </section>
  );
}
