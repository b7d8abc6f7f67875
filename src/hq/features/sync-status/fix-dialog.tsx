import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef } from 'react';
import { Loading } from '../../components/loading.tsx';
import { QueryError } from '../../components/query-error.tsx';
import { t } from '../../i18n/i18n.ts';
import { asyncCustomerQuery } from '../../queries.ts';
import { FixForm } from './fix-form.tsx';

/**
 * The modal "Fix operation" dialog: loads the operation's record from HQ and lets the
 * administrator correct it, save it and synchronize it again. Escape or Close closes it; the
 * browser puts focus back on the Fix button.
 */
export function FixDialog({
  guid,
  storeName,
  onClose,
}: {
  guid: string;
  storeName: (storeId: string) => string;
  onClose: () => void;
}) {
  const headingId = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const detail = useQuery(asyncCustomerQuery(guid));

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  return (
    <dialog ref={ref} className="fix-dialog" aria-labelledby={headingId} onClose={onClose}>
      <div className="dialog-head">
        <h2 id={headingId}>{t('fix.heading')}</h2>
        <button type="button" className="button-secondary" onClick={() => ref.current?.close()}>
          {t('fix.close')}
        </button>
      </div>
      {detail.isPending && <Loading what={t('things.operation')} />}
      {detail.isError && (
        <QueryError
          what={t('things.operation')}
          error={detail.error}
          onRetry={() => void detail.refetch()}
        />
      )}
      {detail.data && (
        <FixForm
          key={detail.data.operation.guid}
          operation={detail.data.operation}
          record={detail.data.record}
          storeName={storeName(detail.data.operation.storeId)}
        />
      )}
    </dialog>
  );
}
