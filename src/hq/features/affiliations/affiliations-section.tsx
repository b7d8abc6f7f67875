import { useQuery } from '@tanstack/react-query';
import { Loading } from '../../components/loading.tsx';
import { QueryError } from '../../components/query-error.tsx';
import { affiliationsQuery } from '../../queries.ts';
import { AddAffiliationForm } from './add-affiliation-form.tsx';

/** Affiliations defined at HQ (B9), e.g. Employee, Senior, Student, and a form to add one. */
export function AffiliationsSection() {
  const affiliations = useQuery(affiliationsQuery);
  const list = affiliations.data?.affiliations;
  return (
    <section aria-labelledby="affiliations-heading">
      <h2 id="affiliations-heading">Affiliations</h2>
      <p className="intro">
        Customers may belong to affiliations; stores can give every new customer some of them
        through their default customer. Registers pick up new affiliations with their settings.
      </p>
      {affiliations.isPending && <Loading what="affiliations" />}
      {affiliations.isError && (
        <QueryError
          what="affiliations"
          error={affiliations.error}
          onRetry={() => void affiliations.refetch()}
        />
      )}
      {list && (
        <div className="table-wrap card narrow-table">
          <table className="data-table">
            <caption>{list.length === 1 ? '1 affiliation' : `${list.length} affiliations`}</caption>
            <thead>
              <tr>
                <th scope="col">Id</th>
                <th scope="col">Name</th>
              </tr>
            </thead>
            <tbody>
              {list.length === 0 ? (
                <tr>
                  <td colSpan={2} className="empty">
                    No affiliations yet.
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
