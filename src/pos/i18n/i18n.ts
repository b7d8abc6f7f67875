import {
  addressFieldRows,
  formatAddressLine,
  type AddressPart,
} from '../../i18n-core/address-order.ts';
import { browserLanguage, createAppI18n } from '../../i18n-core/create-app-i18n.ts';
import { createFormatters } from '../../i18n-core/format.ts';
import { formatCustomerName, nameFieldOrder } from '../../i18n-core/person-name.ts';
import { posEn } from './en.ts';

/**
 * The register's translations: English and Japanese, the choice remembered on this device. The
 * Japanese catalog is a chunk of its own, loaded when Japanese is chosen or stored.
 */
export const posI18n = createAppI18n({
  namespace: 'pos',
  catalogs: { en: posEn, ja: () => import('./ja.ts').then((m) => m.posJa) },
  storageKey: 'pos.language',
  titleKey: 'app.title',
});

/** The register's words in the current language; keys are checked against the catalog. */
export const t = posI18n.i18n.getFixedT(null, 'pos');

/** Dates, times, numbers and lists in the current language. */
export const format = createFormatters(posI18n.language, browserLanguage);

/** A customer's name as the current language writes it (family name first in Japanese). */
export function customerName(customer: Parameters<typeof formatCustomerName>[0]): string {
  return formatCustomerName(customer, posI18n.language());
}

/** An address on one line in the current language's order (postal code first in Japanese). */
export function addressLine(address: Record<AddressPart, string>): string {
  return formatAddressLine(address, posI18n.language(), (items) => format().list(items));
}

/** The person's name fields in the order the current language asks for them. */
export function nameOrder(): readonly ('firstName' | 'lastName')[] {
  return nameFieldOrder(posI18n.language());
}

/** The address form's rows of fields in the current language's order. */
export function addressRows(): AddressPart[][] {
  return addressFieldRows(posI18n.language());
}
