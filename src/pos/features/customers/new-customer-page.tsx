import { t } from '../../i18n/i18n.ts';
import { describe } from '../../i18n/messages.ts';
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
  if (!config) return <p>{t('app.loading')}</p>;
  return (
    <section aria-labelledby="new-customer-heading">
      <h1 id="new-customer-heading">{t('customerList.newCustomer')}</h1>
      <CustomerForm
        initial={null}
        submitLabel={t('form.save')}
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
          if (!result.ok) return { message: describe(result.message), fields: result.fields };
          navigate(routes.customer(result.localId), { replace: true });
          return null;
        }}
      />
    </section>
  );
}
