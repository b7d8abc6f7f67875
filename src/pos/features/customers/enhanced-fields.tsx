import { useId } from 'react';
import { customerTitles, type Affiliation } from '../../../contract/customer.ts';
import type { CustomerFormValues } from './customer-form-values.ts';
import { SelectField, TextField } from './form-fields.tsx';

interface EnhancedFieldsProps {
  values: CustomerFormValues;
  errors: Record<string, string>;
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
      <legend>Title, affiliations and more contacts</legend>
      {blocked && (
        <p id={reasonId} className="hint">
          {blocked}
        </p>
      )}
      <div className="field-row">
        <SelectField
          label="Title"
          value={values.title}
          onChange={onChange('title')}
          error={errors.title}
        >
          {customerTitles.map((t) => (
            <option key={t} value={t}>
              {t || '(none)'}
            </option>
          ))}
        </SelectField>
        <TextField
          label="Secondary emails"
          value={values.secondaryEmails}
          onChange={onChange('secondaryEmails')}
          error={errors.secondaryEmails}
          hint="Separate several with commas"
        />
        <TextField
          label="Secondary phones"
          value={values.secondaryPhones}
          onChange={onChange('secondaryPhones')}
          error={errors.secondaryPhones}
          hint="Separate several with commas"
        />
      </div>
      {affiliationOptions.length > 0 && (
        <fieldset className="checkbox-group">
          <legend>Affiliations</legend>
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
          {errors.affiliations && <span className="field-error">{errors.affiliations}</span>}
        </fieldset>
      )}
    </fieldset>
  );
}
