import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import type { RegisterHealth } from '../../../contract/health.ts';
import { Loading } from '../../components/loading.tsx';
import { QueryError } from '../../components/query-error.tsx';
import { formatCount } from '../../format.ts';
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
  const [notice, setNotice] = useState('');
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

  useEffect(() => {
    // The Revoke device button is gone once the register is revoked: focus the outcome instead.
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  return (
    <section aria-labelledby="registers-heading">
      <h2 id="registers-heading">Registers</h2>
      <p className="intro">
        Every register&apos;s last contact with HQ and its upload queue, as it reported them with
        its last heartbeat. Revoke the device of a lost or stolen register; import the rescue file
        of one that cannot reach the scale unit.
      </p>
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
      {health.isPending && <Loading what="registers" />}
      {health.isError && (
        <QueryError what="registers" error={health.error} onRetry={() => void health.refetch()} />
      )}
      {health.data && (
        <div className="table-wrap card">
          <table className="data-table registers-table">
            <caption>
              {`${formatCount(registers.length)} ${registers.length === 1 ? 'register' : 'registers'}`}
              {stuckCount > 0 && `, ${formatCount(stuckCount)} stuck`}
            </caption>
            <thead>
              <tr>
                <th scope="col">Store</th>
                <th scope="col">Register</th>
                <th scope="col">Activated</th>
                <th scope="col">Last contact</th>
                <th scope="col" className="num">
                  Waiting
                </th>
                <th scope="col" className="num">
                  Needs attention
                </th>
                <th scope="col">Oldest waiting</th>
                <th scope="col">Persistent storage</th>
                <th scope="col">Status</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {registers.length === 0 ? (
                <tr>
                  <td colSpan={columns} className="empty">
                    No registers yet.
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
                      setNotice('');
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
            setNotice(
              revoked
                ? `Device revoked: ${revokingName}. It must be activated again before it can sync.`
                : `${revokingName} had no device token to revoke.`,
            );
          }}
        />
      )}
    </section>
  );
}
