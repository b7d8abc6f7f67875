import type { DuplicateReason } from '../../../contract/contact-keys.ts';
import type { ContactDuplicate } from '../../db/customers-repo.ts';
import { customerName, t } from '../../i18n/i18n.ts';
import { Link, routes } from '../../services/router.tsx';

/** How many possible duplicates are listed by name; the rest are counted. */
const listedDuplicates = 3;

/**
 * X2: "Possible duplicate: …" for each customer on the register the typed contacts already
 * belong to, with a link to open it. A warning only: Save stays available. The live region is
 * always there, so screen readers announce the warning when it appears.
 */
export function DuplicateWarning({ matches }: { matches: readonly ContactDuplicate[] }) {
  const more = matches.length - listedDuplicates;
  return (
    <div role="status" aria-label={t('duplicates.label')} className="duplicate-warning">
      {matches.length > 0 && (
        <div className="alert alert-warning">
          <ul>
            {matches.slice(0, listedDuplicates).map(({ localId, customer, reasons }) => {
              const name = customerName(customer);
              const id = customer.accountNumber ?? t('pendingSync');
              return (
                <li key={localId}>
                  {t(`duplicates.${messageFor(reasons)}`, { name, id })}{' '}
                  <Link to={routes.customer(localId)}>{t('duplicates.open', { name })}</Link>
                </li>
              );
            })}
          </ul>
          {more > 0 && <p>{t('duplicates.more', { n: more })}</p>}
        </div>
      )}
    </div>
  );
}

function messageFor(reasons: readonly DuplicateReason[]): 'phone' | 'email' | 'phoneAndEmail' {
  if (reasons.includes('phone')) return reasons.includes('email') ? 'phoneAndEmail' : 'phone';
  return 'email';
}
