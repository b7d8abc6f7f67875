import type { ScaleUnitSummary } from '../../../contract/scale-units.ts';
import { TimeCell } from '../../components/time-cell.tsx';
import { formatCount, formatRelativeTime } from '../../format.ts';
import { format, t } from '../../i18n/i18n.ts';
import { describe } from '../../i18n/messages.ts';

function storesText(storeIds: string[] | null, storeName: (id: string) => string): string {
  if (storeIds === null) return t('scaleUnits.storesUnknown');
  if (storeIds.length === 0) return t('scaleUnits.noStores');
  return format().list(storeIds.map(storeName));
}

/**
 * One scale unit: its id and address, the stores it serves, whether it answered just now (in
 * words, with its last error), registers connected, and the last pull and push.
 */
export function ScaleUnitRow({
  unit,
  storeName,
  now,
}: {
  unit: ScaleUnitSummary;
  storeName: (id: string) => string;
  now: number;
}) {
  return (
    <tr>
      <th scope="row">
        {unit.id}
        <span className="subline scale-unit-url">{unit.url ?? t('scaleUnits.inThisProcess')}</span>
      </th>
      <td>{storesText(unit.storeIds, storeName)}</td>
      <td>
        {unit.reachable ? (
          <span className="pill pill-completed">{t('scaleUnits.reachable')}</span>
        ) : (
          <span className="pill pill-failed">{t('scaleUnits.notReachable')}</span>
        )}
        {unit.lastError !== null && (
          <span className="subline scale-unit-error">
            {t('scaleUnits.lastError', {
              when: formatRelativeTime(unit.lastErrorAt, now),
              message: describe(unit.lastError),
            })}
          </span>
        )}
      </td>
      <td className="num">
        {unit.connectedRegisters === null ? '—' : formatCount(unit.connectedRegisters)}
      </td>
      <td>
        <TimeCell iso={unit.lastPullAt} now={now} none={t('scaleUnits.never')} />
      </td>
      <td>
        <TimeCell iso={unit.lastPushAt} now={now} none={t('scaleUnits.never')} />
      </td>
    </tr>
  );
}
