import { t } from '../../i18n/i18n.ts';
import { useServices } from '../../services/pos-services.tsx';
import { useOutboxSummary } from './use-outbox-summary.tsx';

/**
 * Where the browser has no Background Sync (iPadOS Safari), records upload only while the
 * register is open: while any waits to upload, the register says to keep it open. A polite
 * live region that is there from the start, so the notice is announced when it appears.
 */
export function KeepOpenNotice() {
  const { backgroundSync } = useServices();
  const summary = useOutboxSummary();
  const waiting = summary.counts.pending + summary.counts.sending;
  return (
    <div role="status">
      {!backgroundSync && waiting > 0 && <p className="keep-open">{t('keepOpen.notice')}</p>}
    </div>
  );
}
