import { useState, type FormEvent, type ReactNode } from 'react';
import type { Affiliation, CustomerDraft } from '../../../contract/customer.ts';
import { nameOrder, t } from '../../i18n/i18n.ts';
import { fieldError } from '../../i18n/messages.ts';
import { AddressFields } from './address-fields.tsx';
import {
  contactOf,
  draftFromForm,
  formValuesOf,
  type CustomerFormValues,
} from './customer-form-values.ts';
import { DuplicateWarning } from './duplicate-warning.tsx';
import { EnhancedFields } from './enhanced-fields.tsx';
import { TextField, type FieldBinding } from './form-fields.tsx';
import { useContactDuplicates } from './use-contact-duplicates.ts';
import type { ReceivedMessage } from '../../../contract/messages.ts';

interface CustomerFormProps {
  initial: CustomerDraft | null;
  submitLabel: string;
  /** Saves the draft; returns errors to show (a message and/or per field), or null when done. */
  onSubmit: (
    draft: CustomerDraft,
  ) => Promise<{ message: string; fields: Record<string, ReceivedMessage> } | null>;
  onCancel: () => void;
  /** Shown above the buttons: how this save will happen (real time or on the register). */
  notice?: ReactNode;
  /** Why title, affiliations and secondary contacts are unavailable (B9), or null. */
  enhancedBlocked: string | null;
  affiliationOptions: readonly Affiliation[];
  /** Whether the primary address is part of this form (a queued edit changes no address). */
  withAddress: boolean;
  /** Why Save is unavailable right now (the typed values stay), or null. */
  saveBlocked?: string | null;
  /** The customer being edited: not a possible duplicate of itself (X2). */
  customerLocalId?: number;
}

/**
 * The customer fields shared by New customer and Edit customer, validated before saving; warns
 * when the phone or e-mail already belongs to a customer on the register (X2).
 */
export function CustomerForm({
  initial,
  submitLabel,
  onSubmit,
  onCancel,
  notice,
  enhancedBlocked,
  affiliationOptions,
  withAddress,
  saveBlocked = null,
  customerLocalId,
}: CustomerFormProps) {
  const [values, setValues] = useState<CustomerFormValues>(() => formValuesOf(initial));
  const duplicates = useContactDuplicates(
    contactOf(values, enhancedBlocked === null),
    customerLocalId,
  );
  const [errors, setErrors] = useState<Record<string, ReceivedMessage>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const otherAddresses =
    initial?.addresses.filter(
      (a) => a !== (initial.addresses.find((x) => x.primary) ?? initial.addresses[0]),
    ) ?? [];

  const set = (field: keyof CustomerFormValues) => (value: string | string[]) =>
    setValues((v) => ({ ...v, [field]: value }));
  const bind = (
    field: Exclude<keyof CustomerFormValues, 'type' | 'affiliations'>,
  ): FieldBinding => ({
    value: values[field],
    onChange: set(field),
    error: fieldError(errors[field]),
  });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const scope = { enhanced: enhancedBlocked === null, address: withAddress };
    const result = draftFromForm(values, scope, otherAddresses);
    if (!result.ok) {
      setErrors(result.errors);
      setFormError(t('form.correctFields'));
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
        <legend>{t('form.customerType')}</legend>
        {(['person', 'organization'] as const).map((type) => (
          <label key={type} className="radio">
            <input
              type="radio"
              name="type"
              value={type}
              checked={values.type === type}
              onChange={() => set('type')(type)}
            />
            {type === 'person' ? t('form.person') : t('form.organization')}
          </label>
        ))}
      </fieldset>
      <div className="field-row">
        {person ? (
          nameOrder().map((field) => (
            <TextField
              key={field}
              label={t(`form.${field}`)}
              {...bind(field)}
              autoComplete={field === 'firstName' ? 'given-name' : 'family-name'}
              required
            />
          ))
        ) : (
          <TextField
            label={t('form.organizationName')}
            {...bind('organizationName')}
            autoComplete="organization"
            required
          />
        )}
      </div>
      <div className="field-row">
        <TextField label={t('form.email')} type="email" {...bind('email')} autoComplete="email" />
        <TextField label={t('form.phone')} type="tel" {...bind('phone')} autoComplete="tel" />
      </div>
      <DuplicateWarning matches={duplicates} />
      <EnhancedFields
        values={values}
        errors={errors}
        onChange={set}
        blocked={enhancedBlocked}
        affiliationOptions={affiliationOptions}
      />
      {withAddress && (
        <fieldset>
          <legend>{t('form.addressOptional')}</legend>
          <AddressFields bind={bind} />
        </fieldset>
      )}
      {notice}
      {saveBlocked && (
        <p id="save-blocked" className="alert alert-attention" role="alert">
          {saveBlocked}
        </p>
      )}
      <div className="actions">
        <button
          type="submit"
          className="primary"
          disabled={saving || saveBlocked !== null}
          aria-describedby={saveBlocked ? 'save-blocked' : undefined}
        >
          {saving ? t('form.saving') : submitLabel}
        </button>
        <button type="button" onClick={onCancel} disabled={saving}>
          {t('form.cancel')}
        </button>
      </div>
    </form>
  );
}
