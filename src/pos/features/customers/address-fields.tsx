import { useId } from 'react';
import type { AddressPart } from '../../../i18n-core/address-order.ts';
import { addressRows, format, t } from '../../i18n/i18n.ts';
import { countries } from './countries.ts';
import { TextField, type FieldBinding } from './form-fields.tsx';

/**
 * Street, city, state, ZIP and country/region, in the order the language asks for them (postal
 * code first in Japanese). The country is a three-letter code with
 * suggestions: HQ's table of countries/regions decides what exists.
 */
export function AddressFields({ bind }: { bind: (field: AddressPart) => FieldBinding }) {
  const countryList = useId();
  const field = (part: AddressPart) => {
    switch (part) {
      case 'street':
        return (
          <TextField
            key={part}
            label={t('address.street')}
            {...bind('street')}
            autoComplete="street-address"
          />
        );
      case 'city':
        return (
          <TextField
            key={part}
            label={t('address.city')}
            {...bind('city')}
            autoComplete="address-level2"
          />
        );
      case 'state':
        return (
          <TextField
            key={part}
            label={t('address.state')}
            {...bind('state')}
            autoComplete="address-level1"
          />
        );
      case 'zip':
        return (
          <TextField
            key={part}
            label={t('address.zip')}
            {...bind('zip')}
            autoComplete="postal-code"
          />
        );
      case 'country':
        return (
          <TextField
            key={part}
            label={t('address.country')}
            {...bind('country')}
            autoComplete="off"
            list={countryList}
            hint={t('address.countryHint')}
          />
        );
    }
  };
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
