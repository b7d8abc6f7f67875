import { useId } from 'react';
import { customerTitles, type CustomerDraft } from '../../../contract/customer.ts';
import type { AsyncAddressRecord } from '../../../contract/upload.ts';
import { addressRows, nameOrder, t } from '../../i18n/i18n.ts';
import { fieldError } from '../../i18n/messages.ts';
import type { AddressField, DraftField } from './fix-record.ts';
import type { ReceivedMessage } from '../../../contract/messages.ts';

type Errors = Readonly<Record<string, ReceivedMessage>>;

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
  const error = fieldError(errors[path]);
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

/**
 * Street, city, state, ZIP and country/region of one address, in a titled group, in the order
 * the language asks for them (postal code first in Japanese).
 */
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
  const input = (field: AddressField) => (
    <TextInput
      key={field}
      label={t(`fix.${field}`)}
      path={`${pathPrefix}.${field}`}
      value={address[field]}
      errors={errors}
      onChange={(value) => onChange(field, value)}
      {...(field === 'country' ? { hint: t('fix.countryHint') } : {})}
    />
  );
  return (
    <fieldset className="address-fieldset">
      <legend>
        {t(address.primary ? 'fix.addressLegendPrimary' : 'fix.addressLegend', {
          legend,
          purpose: t(`fix.purposes.${address.purpose}`),
        })}
      </legend>
      {addressRows().map((row) =>
        row.length === 1 && row[0] === 'street' ? (
          input('street')
        ) : (
          <div className="address-grid" key={row.join()}>
            {row.map(input)}
          </div>
        ),
      )}
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
      key={field}
      label={label}
      path={`${pathPrefix}.${field}`}
      value={draft[field]}
      errors={errors}
      onChange={(value) => onField(field, value)}
      {...extra}
    />
  );
  const names =
    draft.type === 'person'
      ? nameOrder().map((field) => text(field, t(`fix.${field}`)))
      : text('organizationName', t('fix.organizationName'));
  const titleError = fieldError(errors[`${pathPrefix}.title`]);
  return (
    <>
      <div className="fix-grid">
        {names}
        <div className="field">
          <label htmlFor={titleId}>{t('common.title')}</label>
          <select
            id={titleId}
            value={draft.title}
            aria-invalid={titleError ? true : undefined}
            onChange={(e) => {
              const title = customerTitles.find((option) => option === e.target.value);
              if (title !== undefined) onTitle(title);
            }}
          >
            {customerTitles.map((title) => (
              <option key={title} value={title}>
                {title === '' ? t('common.none') : title}
              </option>
            ))}
          </select>
          {titleError && <span className="field-error">{titleError}</span>}
        </div>
        {text('email', t('common.email'), { type: 'email' })}
        {text('phone', t('common.phone'), { type: 'tel' })}
      </div>
      {draft.addresses.length === 0 ? (
        <p className="muted">{t('fix.noAddresses')}</p>
      ) : (
        draft.addresses.map((address, index) => (
          <AddressFieldset
            // Addresses are neither added nor removed here, so the position is stable.
            key={index}
            legend={t('fix.addressNumber', { n: index + 1 })}
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
