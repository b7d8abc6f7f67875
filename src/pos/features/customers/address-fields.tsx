import { useId } from 'react';
import type { AddressPart } from '../../../i18n-core/address-order.ts';
import { addressRows, format, t } from '../../i18n/i18n.ts';
import { countries } from './countries.ts';
import { TextField, type FieldBinding } from './form-fields.tsx';

/** What the browser may fill each part with. */
const autoComplete: Record<AddressPart, string> = {
  street: 'street-address',
  city: 'address-level2',
  state: 'address-level1',
  zip: 'postal-code',
  country: 'off',
};

/**
 * Street, city, state, ZIP and country/region, in the order the language asks for them (postal
 * code first in Japanese). The country is a three-letter code with suggestions: HQ's table of
 * countries/regions decides what exists.
 */
export function AddressFields({ bind }: { bind: (field: AddressPart) => FieldBinding }) {
  const countryList = useId();
  const field = (part: AddressPart) => (
    <TextField
      key={part}
      label={t(`address.${part}`)}
      {...bind(part)}
      autoComplete={autoComplete[part]}
      {...(part === 'country' ? { list: countryList, hint: t('address.countryHint') } : {})}
    />
  );
  return (
    <>
      {addressRows().map((row) =>
        row.length === 1 && row[0] === 'street' ? (
          field('street')
        ) : (
          <div className="field-row" key={row.join()}>
            {row.map(field)}
          </div>
        ),
      )}
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
