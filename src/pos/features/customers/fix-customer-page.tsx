import { resendEntry } from '../../db/outbox-repo.ts';
import { customerName, t } from '../../i18n/i18n.ts';
import { describe } from '../../i18n/messages.ts';
import { Link, navigate, routes } from '../../services/router.tsx';
import { useRegisterConfig, useServices } from '../../services/pos-services.tsx';
import { CustomerForm } from './customer-form.tsx';
import { useCustomer } from './use-customer.ts';
import { readMessage } from '../../../contract/messages.ts';

/**
 * B14: a new customer the scale unit refused (Needs attention) is corrected here and sent again
 * with the same temporary GUID; nothing else in the queue waited for it.
 */
export function FixCustomerPage({ localId }: { localId: number }) {
  const { db, requestUpload } = useServices();
  const found = useCustomer(localId);
  const config = useRegisterConfig();
  if (found === undefined || !config) return <p>{t('app.loading')}</p>;
  const refused = found.entries.find(
    (e) => e.state === 'rejected' && e.record.kind === 'customer-create',
  );
  const record = refused?.record.kind === 'customer-create' ? refused.record : null;
  if (!found.customer || !refused?.seq || !record) {
    return (
      <section>
        <h1>{t('fix.heading')}</h1>
        <p className="hint">{t('fix.nothingToFix')}</p>
        <Link to={routes.syncCenter}>{t('fix.backToSyncCenter')}</Link>
      </section>
    );
  }
  const seq = refused.seq;
  return (
    <section aria-labelledby="fix-heading">
      <h1 id="fix-heading">{t('fix.headingFor', { name: customerName(found.customer) })}</h1>
      <p className="alert alert-attention">
        <strong>{t('fix.needsAttention')}</strong>{' '}
        {refused.lastError === undefined ? '' : describe(readMessage(refused.lastError))}
      </p>
      <CustomerForm
        initial={record.customer}
        submitLabel={t('fix.saveAndResend')}
        enhancedBlocked={null}
        affiliationOptions={config.affiliations}
        withAddress
        customerLocalId={localId}
        onCancel={() => navigate(routes.syncCenter)}
        onSubmit={async (draft) => {
          await resendEntry(db, seq, draft);
          requestUpload();
          navigate(routes.customer(localId), { replace: true });
          return null;
        }}
      />
    </section>
  );
}
