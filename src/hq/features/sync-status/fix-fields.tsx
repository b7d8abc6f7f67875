import { useId, type ReactNode } from 'react';
import { customerTitles, type CustomerDraft } from '../../../contract/customer.ts';
import type { AsyncAddressRecord } from '../../../contract/upload.ts';
import type { AddressField, DraftField } from './fix-record.ts';

type Errors = Readonly<Record<string, string>>;

/** A labelled text input whose error (by field path) is tied to it. */
function TextInput({
  label,
  path,
  value,
  errors,
  onChange,
  type = 'text',
  autoComplete = 'off',
  hint,
}: {
  label: string;
  path: string;
  value: string;
  errors: Errors;
  onChange: (value: string) => void;
  type?: 'text' | 'email' | 'tel';
  autoComplete?: string;
  hint?: string;
}) {
  const id = useId();
  const error = errors[path];
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type={type}
        value={value}
        autoComplete={autoComplete}
        data-path={path}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      {hint && (
        <span id={`${id}-hint`} className="hint">
          {hint}
        </span>
      )}
      {error && (
        <span id={`${id}-error`} className="field-error">
          {error}
        </span>
      )}
    </div>
  );
}

type AddressValues = Pick<AsyncAddressRecord['address'], AddressField | 'purpose' | 'primary'>;

const purposeLabels: Record<AddressValues['purpose'], string> = {
  home: 'Home',
  business: 'Business',
  delivery: 'Delivery',
  invoice: 'Invoice',
};

/** Street, city, state, ZIP and country/region of one address, in a titled group. */
export function AddressFieldset({
  legend,
  address,
  pathPrefix,
  errors,
  onChange,
}: {
  legend: string;
  address: AddressValues;
  pathPrefix: string;
  errors: Errors;
  onChange: (field: AddressField, value: string) => void;
}) {
  const input = (field: AddressField, label: string, extra: { hint?: string } = {}) => (
    <TextInput
      label={label}
      path={`${pathPrefix}.${field}`}
      value={address[field]}
      errors={errors}
      onChange={(value) => onChange(field, value)}
      {...extra}
    />
  );
  return (
    <fieldset className="address-fieldset">
      <legend>
        {legend}: {purposeLabels[address.purpose]}
        {address.primary ? ', primary' : ''}
      </legend>
      {input('street', 'Street')}
      <div className="address-grid">
        {input('city', 'City')}
        {input('state', 'State')}
        {input('zip', 'ZIP')}
        {input('country', 'Country/region', { hint: 'Three-letter code, e.g. JPN' })}
      </div>
    </fieldset>
  );
}

/** The customer fields of a creation or edit record: names, contact, title and addresses. */
export function DraftFields({
  draft,
  pathPrefix,
  errors,
  onField,
  onTitle,
  onAddress,
}: {
  draft: CustomerDraft;
  pathPrefix: string;
  errors: Errors;
  onField: (field: DraftField, value: string) => void;
  onTitle: (title: CustomerDraft['title']) => void;
  onAddress: (index: number, field: AddressField, value: string) => void;
}) {
  const titleId = useId();
  const text = (
    field: DraftField,
    label: string,
    extra: Partial<Parameters<typeof TextInput>[0]> = {},
  ) => (
    <TextInput
      label={label}
      path={`${pathPrefix}.${field}`}
      value={draft[field]}
      errors={errors}
      onChange={(value) => onField(field, value)}
      {...extra}
    />
  );
  let names: ReactNode;
  if (draft.type === 'person') {
    names = (
      <>
        {text('firstName', 'First name')}
        {text('lastName', 'Last name')}
      </>
    );
  } else {
    names = text('organizationName', 'Organization name');
  }
  const titleError = errors[`${pathPrefix}.title`];
  return (
    <>
      <div className="fix-grid">
        {names}
        <div className="field">
          <label htmlFor={titleId}>Title</label>
          <select
            id={titleId}
            value={draft.title}
            aria-invalid={titleError ? true : undefined}
            onChange={(e) => {
              const title = customerTitles.find((t) => t === e.target.value);
              if (title !== undefined) onTitle(title);
            }}
          >
            {customerTitles.map((t) => (
              <option key={t} value={t}>
                {t === '' ? 'None' : t}
              </option>
            ))}
          </select>
          {titleError && <span className="field-error">{titleError}</span>}
        </div>
        {text('email', 'Email', { type: 'email' })}
        {text('phone', 'Phone', { type: 'tel' })}
      </div>
      {draft.addresses.length === 0 ? (
        <p className="muted">No addresses.</p>
      ) : (
        draft.addresses.map((address, index) => (
          <AddressFieldset
            // Addresses are neither added nor removed here, so the position is stable.
            key={index}
            legend={`Address ${index + 1}`}
            address={address}
            pathPrefix={`${pathPrefix}.addresses.${index}`}
            errors={errors}
            onChange={(field, value) => onAddress(index, field, value)}
          />
        ))
      )}
    </>
  );
}
