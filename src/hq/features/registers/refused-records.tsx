import type { UploadResult } from '../../../contract/upload.ts';

/** The records an import refused, with HQ's reason for each. */
export function RefusedRecords({ results }: { results: readonly UploadResult[] }) {
  const refused = results.filter((r) => r.outcome === 'rejected');
  if (refused.length === 0) return null;
  return (
    <div className="table-wrap">
      <table className="data-table">
        <caption>Refused records</caption>
        <thead>
          <tr>
            <th scope="col">GUID</th>
            <th scope="col">Message</th>
          </tr>
        </thead>
        <tbody>
          {refused.map((r, i) => (
            <tr key={`${i}-${r.guid}`}>
              <td>
                <span className="mono guid">{r.guid}</span>
              </td>
              <td className="cell-wrap">{r.message ?? 'HQ gave no reason.'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
