import { useId } from 'react';
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
      <TextField label="Street" {...bind('street')} autoComplete="street-address" />
      <div className="field-row">
        <TextField label="City" {...bind('city')} autoComplete="address-level2" />
        <TextField label="State" {...bind('state')} autoComplete="address-level1" />
        <TextField label="ZIP" {...bind('zip')} autoComplete="postal-code" />
        <TextField
          label="Country/region"
          {...bind('country')}
          autoComplete="off"
          list={countryList}
          hint="Three-letter code, e.g. JPN"
        />
      </div>
      <datalist id={countryList}>
        {countries.map((c) => (
          <option key={c.code} value={c.code}>
            {c.name}
          </option>
        ))}
      </datalist>
    </>
  );
}
