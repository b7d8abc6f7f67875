/**
 * Countries/regions offered on the address form: the three-letter codes HQ knows, and the
 * two-letter region code Intl names them by in the current language.
 */
export const countries = [
  { code: 'JPN', region: 'JP' },
  { code: 'USA', region: 'US' },
  { code: 'CAN', region: 'CA' },
  { code: 'GBR', region: 'GB' },
  { code: 'DEU', region: 'DE' },
  { code: 'FRA', region: 'FR' },
  { code: 'CHN', region: 'CN' },
  { code: 'IND', region: 'IN' },
  { code: 'AUS', region: 'AU' },
  { code: 'BRA', region: 'BR' },
  { code: 'MEX', region: 'MX' },
] as const;
