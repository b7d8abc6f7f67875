import { browserLanguage } from '../../../i18n-core/create-app-i18n.ts';
import { formattingLocale } from '../../../i18n-core/languages.ts';
import { posI18n } from '../../i18n/i18n.ts';

const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;

/**
 * A number of bytes in the current language, in the largest decimal unit it reaches
 * ("512 byte", "12.3 MB", "1.2 GB"), as the browser's storage settings count them.
 */
export function formatBytes(bytes: number): string {
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return new Intl.NumberFormat(locale(), {
    style: 'unit',
    unit: units[unit],
    unitDisplay: 'short',
    maximumFractionDigits: unit > 0 && value < 100 ? 1 : 0,
  }).format(value);
}

/** A share (0–1) as a percentage in the current language: "12.5%", under 1% "0.03%". */
export function formatShare(share: number): string {
  return new Intl.NumberFormat(locale(), {
    style: 'percent',
    maximumFractionDigits: share < 0.01 ? 2 : 1,
  }).format(share);
}

const locale = () => formattingLocale(posI18n.language(), browserLanguage());
