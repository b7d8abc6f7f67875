import type { CustomerDraft } from '../../../contract/customer.ts';
import { saveHqCustomers } from '../../db/customers-repo.ts';
import { queueCustomerEdit } from '../../db/outbox-repo.ts';
import type { LocalCustomer } from '../../db/schema.ts';
import { customerName, t } from '../../i18n/i18n.ts';
import { describeFailure } from '../../i18n/messages.ts';
import { Link, navigate, routes } from '../../services/router.tsx';
import { useConnectivity, useRegisterConfig, useServices } from '../../services/pos-services.tsx';
import { isCommunicationFailure } from '../../sync/classify.ts';
import { CustomerForm } from './customer-form.tsx';
import { editMode } from './customer-rules.ts';
import { useCustomer } from './use-customer.ts';
import { newGuid } from '../../sync/new-guid.ts';
import type { ReceivedMessage } from '../../../contract/messages.ts';

type SaveResult = { message: string; fields: Record<string, ReceivedMessage> } | null;

/**
 * Edit customer (B8): a real-time call for a customer with an account number; with 10.0.29 on,
 * an edit of a pending customer is saved here and queued behind its creation.
 */
export function EditCustomerPage({ localId }: { localId: number }) {
  const services = useServices();
  const found = useCustomer(localId);
  const config = useRegisterConfig();
  const { online } = useConnectivity();
  if (found === undefined || !config) return <p>{t('app.loading')}</p>;
  const customer = found.customer;
  const edit = customer ? editMode(customer, config.features, online) : null;
  if (!customer || !edit || 'blocked' in edit) {
    return (
      <section>
        <h1>{t('edit.heading')}</h1>
        <p className="hint">
          {edit && 'blocked' in edit ? edit.blocked : t('details.notOnRegister')}
        </p>
        <Link to={customer ? routes.customer(localId) : routes.customers}>{t('details.back')}</Link>
      </section>
    );
  }

  async function saveRealtime(current: LocalCustomer, draft: CustomerDraft): Promise<SaveResult> {
    const account = current.accountNumber;
    if (!account) return { message: t('edit.noAccountNumber'), fields: {} };
    const result = await services.api.editCustomer(account, {
      version: current.version,
      customer: draft,
    });
    if (result.ok) {
      await saveHqCustomers(services.db, [result.value.customer]);
      return null;
    }
    const failure = result.failure;
    if (isCommunicationFailure(failure)) {
      services.connectivity.reportCommunicationFailure();
      return { message: t('edit.unreachable'), fields: {} };
    }
    if (failure.kind === 'http' && failure.status === 409) {
      // The latest version, or the merge (X2), comes with the next download.
      void services.engine.syncNow();
      const merged = failure.body?.error === 'customer-merged';
      return { message: merged ? describeFailure(failure) : t('edit.changedAtHq'), fields: {} };
    }
    return {
      message: describeFailure(failure),
      fields: failure.kind === 'http' ? (failure.body?.fields ?? {}) : {},
    };
  }

  async function saveQueued(current: LocalCustomer, draft: CustomerDraft): Promise<SaveResult> {
    const ref = current.asyncGuid;
    if (!ref) return { message: t('edit.cannotEditOffline'), fields: {} };
    await queueCustomerEdit(services.db, localId, {
      kind: 'customer-edit',
      guid: newGuid(),
      createdAt: new Date().toISOString(),
      customer: { asyncGuid: ref },
      draft,
    });
    services.requestUpload();
    return null;
  }

  const queued = edit.mode === 'queued';
  return (
    <section aria-labelledby="edit-heading">
      <h1 id="edit-heading">{t('edit.headingFor', { name: customerName(customer) })}</h1>
      <CustomerForm
        initial={draftOf(customer)}
        submitLabel={t('form.save')}
        enhancedBlocked={null}
        affiliationOptions={config.affiliations}
        withAddress={!queued}
        customerLocalId={localId}
        notice={
          queued ? <p className="notice notice-async">{t('edit.queuedNotice')}</p> : undefined
        }
        onCancel={() => navigate(routes.customer(localId))}
        onSubmit={async (draft) => {
          const failure = queued
            ? await saveQueued(customer, draft)
            : await saveRealtime(customer, draft);
          if (!failure) navigate(routes.customer(localId), { replace: true });
          return failure;
        }}
      />
    </section>
  );
}

function draftOf(c: LocalCustomer): CustomerDraft {
  return {
    type: c.type,
    firstName: c.firstName,
    lastName: c.lastName,
    organizationName: c.organizationName,
    email: c.email,
    phone: c.phone,
    addresses: c.addresses,
    title: c.title,
    affiliations: c.affiliations,
    secondaryEmails: c.secondaryEmails,
    secondaryPhones: c.secondaryPhones,
  };
}
