import { useId } from 'react';
import { format, t } from '../../i18n/i18n.ts';
import { countries } from './countries.ts';
import { TextField, type FieldBinding } from './form-fields.tsx';

type AddressField = 'street' | 'city' | 'state' | 'zip' | 'country';

/**
 * Street, city, state, ZIP and country/region. The country is a three-letter code with
 * suggestions: HQ's table of countries/regions decides what exists.
 */
export function AddressFields({ bind }: { bind: (field: AddressField) => FieldBinding }) {
  const countryList = useId();
  return (
    <>
      <TextField label={t('address.street')} {...bind('street')} autoComplete="street-address" />
      <div className="field-row">
        <TextField label={t('address.city')} {...bind('city')} autoComplete="address-level2" />
        <TextField label={t('address.state')} {...bind('state')} autoComplete="address-level1" />
        <TextField label={t('address.zip')} {...bind('zip')} autoComplete="postal-code" />
        <TextField
          label={t('address.country')}
          {...bind('country')}
          autoComplete="off"
          list={countryList}
          hint={t('address.countryHint')}
        />
      </div>
      <datalist id={countryList}>
        {countries.map((c) => (
          <option key={c.code} value={c.code}>
            {format().region(c.region)}
          </option>
        ))}
      </datalist>
    </>
  );
}
