import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import type { RegisterHealth } from '../../../contract/health.ts';
import { Loading } from '../../components/loading.tsx';
import { QueryError } from '../../components/query-error.tsx';
import { t } from '../../i18n/i18n.ts';
import { registerHealthPollMs, registerHealthQuery, storesQuery } from '../../queries.ts';
import { useNow } from '../../use-now.ts';
import { registerName, sortRegisters, stuckSummary, thresholdsText } from './register-health.ts';
import { RegisterRow } from './register-row.tsx';
import { RescueImport, type Namer } from './rescue-import.tsx';
import { RevokeDialog } from './revoke-dialog.tsx';

const columns = 10;

/**
 * Registers (X3, X4, B16): every register's last contact and upload queue, refreshed every few
 * seconds, with a warning naming the stuck ones; Revoke device; and the rescue file import.
 */
export function RegistersSection() {
  const health = useQuery(registerHealthQuery);
  const stores = useQuery(storesQuery);
  const now = useNow(registerHealthPollMs);
  const [revoking, setRevoking] = useState<RegisterHealth | null>(null);
  const [outcome, setOutcome] = useState<{ name: string; revoked: boolean } | null>(null);
  const noticeRef = useRef<HTMLParagraphElement>(null);

  const storeNames = new Map(stores.data?.stores.map((s) => [s.id, s.name]));
  const storeName = (id: string) => storeNames.get(id) ?? id;
  const registerNames = new Map(
    stores.data?.stores.flatMap((s) =>
      s.registers.map((r) => [r.id, registerName(s.name, r.number)] as const),
    ),
  );
  const names: Namer = {
    store: (id) => storeNames.get(id),
    register: (id) => registerNames.get(id),
  };
  const registers = health.data ? sortRegisters(health.data.registers, storeName) : [];
  const summary = stuckSummary(registers, storeName);
  const stuckCount = registers.filter((r) => r.stuckReason !== null).length;
  const revokingName = revoking
    ? registerName(storeName(revoking.storeId), revoking.registerNumber)
    : '';
  const notice = outcome
    ? t(outcome.revoked ? 'registers.revokedNotice' : 'registers.noTokenNotice', {
        name: outcome.name,
      })
    : '';

  useEffect(() => {
    // The Revoke device button is gone once the register is revoked: focus the outcome instead.
    if (outcome) noticeRef.current?.focus();
  }, [outcome]);

  return (
    <section aria-labelledby="registers-heading">
      <h2 id="registers-heading">{t('app.sections.registers')}</h2>
      <p className="intro">{t('registers.intro')}</p>
      {summary && (
        <div className="banner banner-warning">
          <p role="alert">{summary}</p>
        </div>
      )}
      {health.data && (
        <p className="muted thresholds">
          {thresholdsText(health.data.silentMinutes, health.data.waitingMinutes)}
        </p>
      )}
      <p className="form-status" role="status" ref={noticeRef} tabIndex={-1}>
        {notice}
      </p>
      {health.isPending && <Loading what={t('things.registers')} />}
      {health.isError && (
        <QueryError
          what={t('things.registers')}
          error={health.error}
          onRetry={() => void health.refetch()}
        />
      )}
      {health.data && (
        <div className="table-wrap card">
          <table className="data-table registers-table">
            <caption>
              {t('registers.count', { count: registers.length })}
              {stuckCount > 0 && t('registers.stuckCount', { n: stuckCount })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('common.store')}</th>
                <th scope="col">{t('common.register')}</th>
                <th scope="col">{t('registers.activated')}</th>
                <th scope="col">{t('registers.lastContact')}</th>
                <th scope="col" className="num">
                  {t('registers.waiting')}
                </th>
                <th scope="col" className="num">
                  {t('registers.needsAttention')}
                </th>
                <th scope="col">{t('registers.oldestWaiting')}</th>
                <th scope="col">{t('registers.persistentStorage')}</th>
                <th scope="col">{t('common.status')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('common.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {registers.length === 0 ? (
                <tr>
                  <td colSpan={columns} className="empty">
                    {t('registers.noRegisters')}
                  </td>
                </tr>
              ) : (
                registers.map((register) => (
                  <RegisterRow
                    key={register.registerId}
                    register={register}
                    storeName={storeName(register.storeId)}
                    now={now}
                    onRevoke={(r) => {
                      setOutcome(null);
                      setRevoking(r);
                    }}
                  />
                ))
              )}
            </tbody>
          </table>
        </div>
      )}
      <RescueImport names={names} />
      {revoking && (
        <RevokeDialog
          key={revoking.registerId}
          registerId={revoking.registerId}
          name={revokingName}
          onClose={() => setRevoking(null)}
          onRevoked={(revoked) => {
            setRevoking(null);
            setOutcome({ name: revokingName, revoked });
          }}
        />
      )}
    </section>
  );
}
