import type { AsyncOperation } from '../../../contract/hq-admin.ts';
import { StatusPill } from '../../components/status-pill.tsx';
import { formatDateTime } from '../../format.ts';
import { t } from '../../i18n/i18n.ts';
import { describe } from '../../i18n/messages.ts';
import { fixLabel, kindLabel, operationTitle } from './operation-kind.ts';

/** One asynchronous customer operation (B13); a failed one has a Fix button. */
export function OperationRow({
  operation,
  storeName,
  onFix,
}: {
  operation: AsyncOperation;
  storeName: string;
  onFix: (guid: string) => void;
}) {
  return (
    <tr>
      <td>{storeName}</td>
      <td>
        {operation.accountNumber ? (
          <span className="mono">{operation.accountNumber}</span>
        ) : (
          <span className="muted">{t('syncStatus.notAssigned')}</span>
        )}
      </td>
      <td>
        <span className="mono guid">{operation.guid}</span>
      </td>
      <td>{kindLabel(operation.kind)}</td>
      <th scope="row" className="cell-plain">
        {operationTitle(operation)}
      </th>
      <td>{formatDateTime(operation.createdAt)}</td>
      <td>
        <StatusPill status={operation.status} />
      </td>
      <td className="cell-wrap">
        {operation.lastError === null ? '—' : describe(operation.lastError)}
      </td>
      <td>
        {operation.status === 'failed' && (
          <button
            type="button"
            className="button-secondary button-small"
            aria-label={fixLabel(operation)}
            aria-haspopup="dialog"
            onClick={() => onFix(operation.guid)}
          >
            {t('syncStatus.fix')}
          </button>
        )}
      </td>
    </tr>
  );
}
