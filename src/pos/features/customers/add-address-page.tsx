import { useState, type FormEvent } from 'react';
import { addressPurposes, addressSchema, displayName } from '../../../contract/customer.ts';
import { fieldErrors } from '../../../contract/errors.ts';
import { saveHqCustomers } from '../../db/customers-repo.ts';
import { queueAddress } from '../../db/outbox-repo.ts';
import type { LocalCustomer } from '../../db/schema.ts';
import { Link, navigate, routes } from '../../services/router.tsx';
import { useConnectivity, useRegisterConfig, useServices } from '../../services/pos-services.tsx';
import { realtimeValue } from '../../sync/classify.ts';
import { AddressFields } from './address-fields.tsx';
import { addAddressMode } from './customer-rules.ts';
import type { FieldBinding } from './form-fields.tsx';
import { useCustomer } from './use-customer.ts';

const newAddressSchema = addressSchema.omit({ asyncGuid: true });
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
  if (found === undefined || !config) return <p>Loading…</p>;
  const customer = found.customer;
  const mode = customer ? addAddressMode(customer, config.features, online) : null;
  if (!customer || !mode || 'blocked' in mode) {
    return (
      <section>
        <h1>Add address</h1>
        <p className="hint">
          {mode && 'blocked' in mode ? mode.blocked : 'This customer is not on this register.'}
        </p>
        <Link to={customer ? routes.customer(localId) : routes.customers}>Back</Link>
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
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const bind = (field: Fields): FieldBinding => ({
    value: values[field],
    onChange: (value) => setValues((v) => ({ ...v, [field]: value })),
    error: errors[field],
  });

  async function save(address: ReturnType<typeof newAddressSchema.parse>): Promise<void> {
    if (queued) {
      const ref = customer.accountNumber
        ? { accountNumber: customer.accountNumber }
        : customer.asyncGuid
          ? { asyncGuid: customer.asyncGuid }
          : null;
      if (!ref) throw new Error('This customer cannot be referred to yet.');
      await queueAddress(db, localId, {
        kind: 'address-create',
        guid: crypto.randomUUID(),
        createdAt: new Date().toISOString(),
        customer: ref,
        address,
      });
      requestUpload();
      return;
    }
    if (!customer.accountNumber) throw new Error('This customer has no account number yet.');
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
      setFormError('Please correct the highlighted fields.');
      return;
    }
    setErrors({});
    setFormError(null);
    setSaving(true);
    try {
      await save(parsed.data);
      navigate(routes.customer(localId), { replace: true });
    } catch (error) {
      setFormError(error instanceof Error ? error.message : String(error));
    } finally {
      setSaving(false);
    }
  }

  return (
    <section aria-labelledby="address-heading">
      <h1 id="address-heading">Add address: {displayName(customer)}</h1>
      <form className="customer-form" onSubmit={(e) => void submit(e)} noValidate>
        {formError && (
          <p className="form-error" role="alert">
            {formError}
          </p>
        )}
        <div className="field">
          <label htmlFor="address-purpose">Purpose</label>
          <select
            id="address-purpose"
            value={purpose}
            onChange={(e) => setPurpose(e.target.value as typeof purpose)}
          >
            {addressPurposes.map((p) => (
              <option key={p} value={p}>
                {p[0]?.toUpperCase() + p.slice(1)}
              </option>
            ))}
          </select>
        </div>
        <AddressFields bind={bind} />
        <label className="radio">
          <input type="checkbox" checked={primary} onChange={(e) => setPrimary(e.target.checked)} />
          Primary address
        </label>
        <p className={`notice ${queued ? 'notice-async' : 'notice-sync'}`}>
          {queued
            ? 'The address is saved on this register and shows Pending sync until headquarters has applied it.'
            : 'The address is saved at headquarters now.'}
        </p>
        <div className="actions">
          <button type="submit" className="primary" disabled={saving}>
            {saving ? 'Saving…' : 'Save address'}
          </button>
          <button
            type="button"
            onClick={() => navigate(routes.customer(localId))}
            disabled={saving}
          >
            Cancel
          </button>
        </div>
      </form>
    </section>
  );
}
