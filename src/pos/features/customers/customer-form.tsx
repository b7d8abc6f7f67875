import { useId, useState, type FormEvent, type ReactNode } from 'react';
import type { CustomerDraft } from '../../../contract/customer.ts';
import { countries } from './countries.ts';
import { draftFromForm, formValuesOf, type CustomerFormValues } from './customer-form-values.ts';

interface CustomerFormProps {
  initial: CustomerDraft | null;
  submitLabel: string;
  /** Saves the draft; returns errors to show (a message and/or per field), or null when done. */
  onSubmit: (
    draft: CustomerDraft,
  ) => Promise<{ message: string; fields: Record<string, string> } | null>;
  onCancel: () => void;
  /** Shown above the buttons: how this save will happen (real time or on the register). */
  notice?: ReactNode;
}

/** The customer fields shared by New customer and Edit customer, validated before saving. */
export function CustomerForm({
  initial,
  submitLabel,
  onSubmit,
  onCancel,
  notice,
}: CustomerFormProps) {
  const [values, setValues] = useState<CustomerFormValues>(() => formValuesOf(initial));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const otherAddresses =
    initial?.addresses.filter(
      (a) => a !== (initial.addresses.find((x) => x.primary) ?? initial.addresses[0]),
    ) ?? [];

  const set = (field: keyof CustomerFormValues) => (value: string) =>
    setValues((v) => ({ ...v, [field]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = draftFromForm(values, otherAddresses);
    if (!result.ok) {
      setErrors(result.errors);
      setFormError('Please correct the highlighted fields.');
      return;
    }
    setErrors({});
    setFormError(null);
    setSaving(true);
    try {
      const failure = await onSubmit(result.draft);
      if (failure) {
        setErrors(failure.fields);
        setFormError(failure.message);
      }
    } finally {
      setSaving(false);
    }
  }

  const person = values.type === 'person';
  return (
    <form className="customer-form" onSubmit={(e) => void submit(e)} noValidate>
      {formError && (
        <p className="form-error" role="alert">
          {formError}
        </p>
      )}
      <fieldset className="type-choice">
        <legend>Customer type</legend>
        {(['person', 'organization'] as const).map((type) => (
          <label key={type} className="radio">
            <input
              type="radio"
              name="type"
              value={type}
              checked={values.type === type}
              onChange={() => set('type')(type)}
            />
            {type === 'person' ? 'Person' : 'Organization'}
          </label>
        ))}
      </fieldset>
      <div className="field-row">
        {person ? (
          <>
            <TextField
              label="First name"
              value={values.firstName}
              onChange={set('firstName')}
              error={errors.firstName}
              autoComplete="given-name"
              required
            />
            <TextField
              label="Last name"
              value={values.lastName}
              onChange={set('lastName')}
              error={errors.lastName}
              autoComplete="family-name"
              required
            />
          </>
        ) : (
          <TextField
            label="Organization name"
            value={values.organizationName}
            onChange={set('organizationName')}
            error={errors.organizationName}
            autoComplete="organization"
            required
          />
        )}
      </div>
      <div className="field-row">
        <TextField
          label="Email"
          type="email"
          value={values.email}
          onChange={set('email')}
          error={errors.email}
          autoComplete="email"
        />
        <TextField
          label="Phone"
          type="tel"
          value={values.phone}
          onChange={set('phone')}
          error={errors.phone}
          autoComplete="tel"
        />
      </div>
      <fieldset>
        <legend>Address (optional)</legend>
        <TextField
          label="Street"
          value={values.street}
          onChange={set('street')}
          error={errors.street}
          autoComplete="street-address"
        />
        <div className="field-row">
          <TextField
            label="City"
            value={values.city}
            onChange={set('city')}
            error={errors.city}
            autoComplete="address-level2"
          />
          <TextField
            label="State"
            value={values.state}
            onChange={set('state')}
            error={errors.state}
            autoComplete="address-level1"
          />
          <TextField
            label="ZIP"
            value={values.zip}
            onChange={set('zip')}
            error={errors.zip}
            autoComplete="postal-code"
          />
        </div>
        <SelectField
          label="Country/region"
          value={values.country}
          onChange={set('country')}
          error={errors.country}
        >
          {countries.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </SelectField>
      </fieldset>
      {notice}
      <div className="actions">
        <button type="submit" className="primary" disabled={saving}>
          {saving ? 'Saving…' : submitLabel}
        </button>
        <button type="button" onClick={onCancel} disabled={saving}>
          Cancel
        </button>
      </div>
    </form>
  );
}

interface FieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
}

function TextField({
  label,
  value,
  onChange,
  error,
  type = 'text',
  autoComplete,
  required,
}: FieldProps & { type?: string; autoComplete?: string; required?: boolean }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {required && <span aria-hidden="true"> *</span>}
      </label>
      <input
        id={id}
        type={type}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        aria-required={required}
        autoComplete={autoComplete}
      />
      {error && (
        <span id={`${id}-error`} className="field-error">
          {error}
        </span>
      )}
    </div>
  );
}

function SelectField({
  label,
  value,
  onChange,
  error,
  children,
}: FieldProps & { children: ReactNode }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      >
        {children}
      </select>
      {error && (
        <span id={`${id}-error`} className="field-error">
          {error}
        </span>
      )}
    </div>
  );
}
