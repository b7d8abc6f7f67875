import { useLiveQuery } from 'dexie-react-hooks';
import { getCustomerByAccount } from '../../db/customers-repo.ts';
import { t } from '../../i18n/i18n.ts';
import { Link, routes } from '../../services/router.tsx';
import { useServices } from '../../services/pos-services.tsx';

/**
 * X2: "This customer was merged into C000456 at HQ.", with a link to that customer when it is on
 * the register (live: it may arrive with the same download).
 */
export function MergedNotice({ account }: { account: string }) {
  const { db } = useServices();
  const kept = useLiveQuery(() => getCustomerByAccount(db, account), [db, account]);
  return (
    <p className="notice notice-merged">
      {t('merged.notice', { account })}{' '}
      {kept?.localId !== undefined && (
        <Link to={routes.customer(kept.localId)}>{t('merged.open', { account })}</Link>
      )}
    </p>
  );
}
