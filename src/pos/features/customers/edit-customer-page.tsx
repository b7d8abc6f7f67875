import { displayName, type CustomerDraft } from '../../../contract/customer.ts';
import { saveHqCustomers } from '../../db/customers-repo.ts';
import type { LocalCustomer } from '../../db/schema.ts';
import { Link, navigate, routes } from '../../services/router.tsx';
import { useServices } from '../../services/pos-services.tsx';
import { isCommunicationFailure } from '../../sync/classify.ts';
import { CustomerForm } from './customer-form.tsx';
import { useCustomer } from './use-customer.ts';

/** Edit customer: a real-time call to HQ, for customers that have an account number (B8). */
export function EditCustomerPage({ localId }: { localId: number }) {
  const services = useServices();
  const found = useCustomer(localId);
  if (found === undefined) return <p>Loading…</p>;
  const customer = found.customer;
  const account = customer?.accountNumber;
  if (!customer || !account) {
    return (
      <section>
        <h1>Edit customer</h1>
        <p className="hint">
          This customer can be edited once headquarters has created it (Pending sync).
        </p>
        <Link to={routes.customers}>Back to customers</Link>
      </section>
    );
  }
  return (
    <section aria-labelledby="edit-heading">
      <h1 id="edit-heading">Edit customer: {displayName(customer)}</h1>
      <CustomerForm
        initial={draftOf(customer)}
        submitLabel="Save"
        onCancel={() => navigate(routes.customer(localId))}
        onSubmit={async (draft) => {
          const result = await services.api.editCustomer(account, {
            version: customer.version,
            customer: draft,
          });
          if (result.ok) {
            await saveHqCustomers(services.db, [result.value.customer]);
            navigate(routes.customer(localId), { replace: true });
            return null;
          }
          const failure = result.failure;
          if (isCommunicationFailure(failure)) {
            services.connectivity.reportCommunicationFailure();
            return {
              message:
                'Headquarters cannot be reached; the change was not saved. Try again when online.',
              fields: {},
            };
          }
          if (failure.kind === 'http' && failure.status === 409) {
            void services.engine.syncNow();
            return {
              message:
                'This customer was changed at headquarters meanwhile. The latest version is being downloaded; review and save again.',
              fields: {},
            };
          }
          return {
            message: failure.message,
            fields: failure.kind === 'http' ? (failure.body?.fields ?? {}) : {},
          };
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
  };
}
