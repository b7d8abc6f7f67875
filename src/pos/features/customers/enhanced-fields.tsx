import { useId } from 'react';
import { customerTitles, type Affiliation } from '../../../contract/customer.ts';
import { t } from '../../i18n/i18n.ts';
import { fieldError } from '../../i18n/messages.ts';
import type { CustomerFormValues } from './customer-form-values.ts';
import { SelectField, TextField } from './form-fields.tsx';
import type { ReceivedMessage } from '../../../contract/messages.ts';

interface EnhancedFieldsProps {
  values: CustomerFormValues;
  errors: Record<string, ReceivedMessage>;
  onChange: (field: keyof CustomerFormValues) => (value: string | string[]) => void;
  /** Why these fields are unavailable for this save, or null (B9). */
  blocked: string | null;
  affiliationOptions: readonly Affiliation[];
}

/** B9: title, affiliations and secondary emails and phones; disabled with the reason when not allowed. */
export function EnhancedFields({
  values,
  errors,
  onChange,
  blocked,
  affiliationOptions,
}: EnhancedFieldsProps) {
  const reasonId = useId();
  const disabled = blocked !== null;
  const toggle = (id: string, checked: boolean) =>
    onChange('affiliations')(
      checked ? [...values.affiliations, id] : values.affiliations.filter((a) => a !== id),
    );
  return (
    <fieldset disabled={disabled} aria-describedby={disabled ? reasonId : undefined}>
      <legend>{t('form.enhancedLegend')}</legend>
      {blocked && (
        <p id={reasonId} className="hint">
          {blocked}
        </p>
      )}
      <div className="field-row">
        <SelectField
          label={t('form.title')}
          value={values.title}
          onChange={onChange('title')}
          error={fieldError(errors.title)}
        >
          {customerTitles.map((title) => (
            <option key={title} value={title}>
              {title || t('form.noTitle')}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t('form.secondaryEmails')}
          value={values.secondaryEmails}
          onChange={onChange('secondaryEmails')}
          error={fieldError(errors.secondaryEmails)}
          hint={t('form.separateWithCommas')}
        />
        <TextField
          label={t('form.secondaryPhones')}
          value={values.secondaryPhones}
          onChange={onChange('secondaryPhones')}
          error={fieldError(errors.secondaryPhones)}
          hint={t('form.separateWithCommas')}
        />
      </div>
      {affiliationOptions.length > 0 && (
        <fieldset className="checkbox-group">
          <legend>{t('form.affiliations')}</legend>
          {affiliationOptions.map((a) => (
            <label key={a.id} className="radio">
              <input
                type="checkbox"
                checked={values.affiliations.includes(a.id)}
                onChange={(e) => toggle(a.id, e.target.checked)}
              />
              {a.name}
            </label>
          ))}
          {errors.affiliations && (
            <span className="field-error">{fieldError(errors.affiliations)}</span>
          )}
        </fieldset>
      )}
    </fieldset>
  );
}
