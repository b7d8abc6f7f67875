import type { UploadResult } from '../../../contract/upload.ts';
import { t } from '../../i18n/i18n.ts';
import { describe } from '../../i18n/messages.ts';

/** The records an import refused, with HQ's reason for each. */
export function RefusedRecords({ results }: { results: readonly UploadResult[] }) {
  const refused = results.filter((r) => r.outcome === 'rejected');
  if (refused.length === 0) return null;
  return (
    <div className="table-wrap">
      <table className="data-table">
        <caption>{t('rescue.refusedRecords')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('rescue.guid')}</th>
            <th scope="col">{t('rescue.message')}</th>
          </tr>
        </thead>
        <tbody>
          {refused.map((r, i) => (
            <tr key={`${i}-${r.guid}`}>
              <td>
                <span className="mono guid">{r.guid}</span>
              </td>
              <td className="cell-wrap">
                {r.message === undefined ? t('common.noReason') : describe(r.message)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
