import { navigate, routes } from '../../services/router.tsx';
import { useConnectivity, useRegisterConfig, useServices } from '../../services/pos-services.tsx';
import { createCustomer } from '../../sync/create-customer.ts';
import { CreationNotice } from './creation-notice.tsx';
import { CustomerForm } from './customer-form.tsx';
import { enhancedFieldsBlocked, newCustomerBlocked } from './customer-rules.ts';

/** New customer (B1–B3): saved at HQ in real time, or on the register with a temporary GUID. */
export function NewCustomerPage() {
  const services = useServices();
  const config = useRegisterConfig();
  const { online } = useConnectivity();
  if (!config) return <p>Loading…</p>;
  return (
    <section aria-labelledby="new-customer-heading">
      <h1 id="new-customer-heading">New customer</h1>
      <CustomerForm
        initial={null}
        submitLabel="Save"
        notice={<CreationNotice />}
        saveBlocked={newCustomerBlocked(config, online)}
        enhancedBlocked={enhancedFieldsBlocked(config, online)}
        affiliationOptions={config.affiliations}
        withAddress
        onCancel={() => navigate(routes.customers)}
        onSubmit={async (draft) => {
          const result = await createCustomer(
            {
              db: services.db,
              api: services.api,
              connectivity: services.connectivity,
              onQueued: services.requestUpload,
            },
            draft,
          );
          if (!result.ok) return { message: result.message, fields: result.fields };
          navigate(routes.customer(result.localId), { replace: true });
          return null;
        }}
      />
    </section>
  );
}
