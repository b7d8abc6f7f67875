import type { RegisterHealth } from '../../../contract/health.ts';
import { formatCount } from '../../format.ts';
import { t } from '../../i18n/i18n.ts';
import { describe } from '../../i18n/messages.ts';
import { persistentStorageLabel, registerName } from './register-health.ts';
import { TimeCell } from '../../components/time-cell.tsx';

/**
 * One register's health (X3): last contact, its queue, whether it is stuck — or Retired (issue
 * 11), never stuck — and Revoke device (B16).
 */
export function RegisterRow({
  register,
  storeName,
  now,
  onRevoke,
}: {
  register: RegisterHealth;
  storeName: string;
  now: number;
  onRevoke: (register: RegisterHealth) => void;
}) {
  const { queue, stuckReason } = register;
  return (
    <tr>
      <td>{storeName}</td>
      <th scope="row">{register.registerNumber}</th>
      <td>{register.activated ? t('registers.yes') : t('registers.no')}</td>
      <td>
        <TimeCell iso={register.lastSeenAt} now={now} none={t('registers.never')} />
      </td>
      <td className="num">{queue ? formatCount(queue.waiting) : '—'}</td>
      <td className="num">
        {queue ? (
          <span className={queue.needsAttention > 0 ? 'text-failed' : undefined}>
            {formatCount(queue.needsAttention)}
          </span>
        ) : (
          '—'
        )}
      </td>
      <td>
        <TimeCell iso={queue?.oldestWaitingAt ?? null} now={now} none="—" />
      </td>
      <td>{persistentStorageLabel(queue)}</td>
      <td>
        {register.retiredAt !== null ? (
          <span className="pill pill-retired">{t('registers.retired')}</span>
        ) : stuckReason === null ? (
          <span className="pill pill-completed">{t('registers.ok')}</span>
        ) : (
          <span className="pill pill-stuck">
            {t('registers.stuck', { reason: describe(stuckReason) })}
          </span>
        )}
      </td>
      <td>
        {register.activated && (
          <button
            type="button"
            className="button-secondary button-small revoke-button"
            aria-label={t('registers.revokeDeviceFor', {
              name: registerName(storeName, register.registerNumber),
            })}
            aria-haspopup="dialog"
            onClick={() => onRevoke(register)}
          >
            {t('registers.revokeDevice')}
          </button>
        )}
      </td>
    </tr>
  );
}
