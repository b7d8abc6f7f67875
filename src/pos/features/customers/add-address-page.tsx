import { useState, type FormEvent } from 'react';
import { z } from '../../../contract/zod.ts';
import { addressPurposes, addressSchema } from '../../../contract/customer.ts';
import { fieldErrors } from '../../../contract/errors.ts';
import { saveHqCustomers } from '../../db/customers-repo.ts';
import { queueAddress } from '../../db/outbox-repo.ts';
import type { LocalCustomer } from '../../db/schema.ts';
import { customerName, t } from '../../i18n/i18n.ts';
import { describeError, fieldError } from '../../i18n/messages.ts';
import { Link, navigate, routes } from '../../services/router.tsx';
import { useConnectivity, useRegisterConfig, useServices } from '../../services/pos-services.tsx';
import { realtimeValue } from '../../sync/classify.ts';
import { AddressFields } from './address-fields.tsx';
import { addAddressMode } from './customer-rules.ts';
import type { FieldBinding } from './form-fields.tsx';
import { useCustomer } from './use-customer.ts';
import { newGuid } from '../../sync/new-guid.ts';
import type { ReceivedMessage } from '../../../contract/messages.ts';

const newAddressSchema = z.omit(addressSchema, { asyncGuid: true });
type Fields = 'street' | 'city' | 'state' | 'zip' | 'country';

/**
 * Add address (B10): with 10.0.22 on, saved on the register and synchronized through the jobs
 * (Pending sync until then), for synced and pending customers alike; with it off, a real-time
 * call for a customer that has an account number.
 */
export function AddAddressPage({ localId }: { localId: number }) {
  const found = useCustomer(localId);
  const config = useRegisterConfig();
  const { online } = useConnectivity();
  if (found === undefined || !config) return <p>{t('app.loading')}</p>;
  const customer = found.customer;
  const mode = customer ? addAddressMode(customer, config.features, online) : null;
  if (!customer || !mode || 'blocked' in mode) {
    return (
      <section>
        <h1>{t('address.heading')}</h1>
        <p className="hint">
          {mode && 'blocked' in mode ? mode.blocked : t('details.notOnRegister')}
        </p>
        <Link to={customer ? routes.customer(localId) : routes.customers}>{t('details.back')}</Link>
      </section>
    );
  }
  return <AddressForm customer={customer} localId={localId} queued={mode.mode === 'queued'} />;
}

function AddressForm({
  customer,
  localId,
  queued,
}: {
  customer: LocalCustomer;
  localId: number;
  queued: boolean;
}) {
  const { db, api, connectivity, requestUpload } = useServices();
  const [values, setValues] = useState<Record<Fields, string>>({
    street: '',
    city: '',
    state: '',
    zip: '',
    country: 'JPN',
  });
  const [purpose, setPurpose] = useState<(typeof addressPurposes)[number]>('home');
  const [primary, setPrimary] = useState(
    customer.addresses.length + customer.pendingAddresses.length === 0,
  );
  const [errors, setErrors] = useState<Record<string, ReceivedMessage>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const bind = (field: Fields): FieldBinding => ({
    value: values[field],
    onChange: (value) => setValues((v) => ({ ...v, [field]: value })),
    error: fieldError(errors[field]),
  });

  async function save(address: ReturnType<typeof newAddressSchema.parse>): Promise<void> {
    if (queued) {
      const ref = customer.accountNumber
        ? { accountNumber: customer.accountNumber }
        : customer.asyncGuid
          ? { asyncGuid: customer.asyncGuid }
          : null;
      if (!ref) throw new Error(t('address.cannotRefer'));
      await queueAddress(db, localId, {
        kind: 'address-create',
        guid: newGuid(),
        createdAt: new Date().toISOString(),
        customer: ref,
        address,
      });
      requestUpload();
      return;
    }
    if (!customer.accountNumber) throw new Error(t('edit.noAccountNumber'));
    const { customer: updated } = realtimeValue(
      await api.addAddress(customer.accountNumber, { address }),
      connectivity,
    );
    await saveHqCustomers(db, [updated]);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = newAddressSchema.safeParse({
      ...values,
      country: values.country.trim().toUpperCase(),
      purpose,
      primary,
    });
    if (!parsed.success) {
      setErrors(fieldErrors(parsed.error));
      setFormError(t('form.correctFields'));
      return;
    }
    setErrors({});
    setFormError(null);
    setSaving(true);
    try {
      await save(parsed.data);
      navigate(routes.customer(localId), { replace: true });
    } catch (error) {
      setFormError(describeError(error));
    } finally {
      setSaving(false);
    }
  }

  return (
    <section aria-labelledby="address-heading">
      <h1 id="address-heading">{t('address.headingFor', { name: customerName(customer) })}</h1>
      <form className="customer-form" onSubmit={(e) => void submit(e)} noValidate>
        {formError && (
          <p className="form-error" role="alert">
            {formError}
          </p>
        )}
        <div className="field">
          <label htmlFor="address-purpose">{t('address.purpose')}</label>
          <select
            id="address-purpose"
            value={purpose}
            onChange={(e) => setPurpose(e.target.value as typeof purpose)}
          >
            {addressPurposes.map((p) => (
              <option key={p} value={p}>
                {t(`address.purposes.${p}`)}
              </option>
            ))}
          </select>
        </div>
        <AddressFields bind={bind} />
        <label className="radio">
          <input type="checkbox" checked={primary} onChange={(e) => setPrimary(e.target.checked)} />
          {t('address.primary')}
        </label>
        <p className={`notice ${queued ? 'notice-async' : 'notice-sync'}`}>
          {queued ? t('address.queuedNotice') : t('address.realtimeNotice')}
        </p>
        <div className="actions">
          <button type="submit" className="primary" disabled={saving}>
            {saving ? t('form.saving') : t('address.save')}
          </button>
          <button
            type="button"
            onClick={() => navigate(routes.customer(localId))}
            disabled={saving}
          >
            {t('form.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
