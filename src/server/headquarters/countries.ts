import { message, type Message } from '../../contract/messages.ts';
/** The country/region codes HQ knows (ISO 3166-1 alpha-3); addresses must use one of them. */
export const hqCountryCodes: ReadonlySet<string> = new Set([
  'ARE',
  'ARG',
  'AUS',
  'AUT',
  'BEL',
  'BRA',
  'CAN',
  'CHE',
  'CHL',
  'CHN',
  'COL',
  'CZE',
  'DEU',
  'DNK',
  'EGY',
  'ESP',
  'FIN',
  'FRA',
  'GBR',
  'GRC',
  'HKG',
  'HUN',
  'IDN',
  'IND',
  'IRL',
  'ISR',
  'ITA',
  'JPN',
  'KOR',
  'MEX',
  'MYS',
  'NLD',
  'NOR',
  'NZL',
  'PER',
  'PHL',
  'POL',
  'PRT',
  'ROU',
  'SAU',
  'SGP',
  'SWE',
  'THA',
  'TUR',
  'TWN',
  'UKR',
  'USA',
  'VNM',
  'ZAF',
]);

/** The readable error HQ gives for an unknown country/region code. */
export function unknownCountryMessage(code: string): Message {
  return message('unknown-country', { code });
}

/**
 * HQ's own rule on top of the contract schema: every address's country/region must exist.
 * Returns field path → message (empty when all is well).
 */
export function checkCountries(
  addresses: readonly { country: string }[],
  pathPrefix: string,
): Record<string, Message> {
  const out: Record<string, Message> = {};
  addresses.forEach((address, index) => {
    if (!hqCountryCodes.has(address.country)) {
      out[`${pathPrefix}addresses.${index}.country`] = unknownCountryMessage(address.country);
    }
  });
  return out;
}

/** The same rule for one country/region code at `path` (e.g. `address.country`). */
export function checkCountry(code: string, path: string): Record<string, Message> {
  return hqCountryCodes.has(code) ? {} : { [path]: unknownCountryMessage(code) };
}
