import type { AsyncOperation } from '../../../contract/hq-admin.ts';
import { StatusPill } from '../../components/status-pill.tsx';
import { formatDateTime } from '../../format.ts';

/** One asynchronous customer operation (B13). */
export function OperationRow({
  operation,
  storeName,
}: {
  operation: AsyncOperation;
  storeName: string;
}) {
  return (
    <tr>
      <td>{storeName}</td>
      <td>
        {operation.accountNumber ? (
          <span className="mono">{operation.accountNumber}</span>
        ) : (
          <span className="muted">Not assigned yet</span>
        )}
      </td>
      <td>
        <span className="mono guid">{operation.guid}</span>
      </td>
      <th scope="row" className="cell-plain">
        {operation.name}
      </th>
      <td>{formatDateTime(operation.createdAt)}</td>
      <td>
        <StatusPill status={operation.status} />
      </td>
      <td className="cell-wrap">{operation.lastError ?? '—'}</td>
    </tr>
  );
}
