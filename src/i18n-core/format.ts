import { formattingLocale, type Language } from './languages.ts';

/** Dates, times, numbers and lists in the app's current language, with Intl. */
export interface Formatters {
  /** A date and time, e.g. "11/27/26, 3:29:15 PM" / "2026/11/27 15:29:15"; an em dash for none. */
  dateTime: (value: string | number | Date | null) => string;
  /** A short date and time without seconds. */
  shortDateTime: (value: string | number | Date) => string;
  /** A time of day with seconds. */
  time: (value: string | number | Date) => string;
  /** A time of day, hours and minutes. */
  hourMinute: (value: string | number | Date) => string;
  /** A month and day, e.g. "Nov 27" / "11月27日". */
  monthDay: (value: string | number | Date) => string;
  /** A whole number with grouping, e.g. "1,234". */
  count: (n: number) => string;
  /** A number with at most one decimal. */
  decimal: (n: number) => string;
  /** How long ago or ahead: "now", "5 minutes ago" / "5 分前", "yesterday" / "昨日". */
  relativeTime: (iso: string | null, now: number) => string;
  /** Items as a list: "a, b, c" / "a、b、c". */
  list: (items: readonly string[]) => string;
  /** A country/region's name from its two-letter code, e.g. "Japan" / "日本". */
  region: (code: string) => string;
  /** Bytes in the largest decimal unit they reach ("512 byte", "12.3 MB"), as browsers count them. */
  bytes: (n: number) => string;
  /** A share (0–1) as a percentage: "12.5%", under 1% with two decimals ("0.03%"). */
  share: (share: number) => string;
}

const byteUnits = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;

const relativeSteps: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', Infinity],
];

function toDate(value: string | number | Date): Date {
  return value instanceof Date ? value : new Date(value);
}

/** `make`'s value, made on first use: building an Intl object costs, and most go unused. */
function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

function makeFormatters(locale: string, language: Language): Formatters {
  const dateTime = lazy(
    () => new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'medium' }),
  );
  const shortDateTime = lazy(
    () => new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'short' }),
  );
  const time = lazy(() => new Intl.DateTimeFormat(locale, { timeStyle: 'medium' }));
  const hourMinute = lazy(
    () => new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }),
  );
  const monthDay = lazy(() => new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric' }));
  const count = lazy(() => new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }));
  const decimal = lazy(() => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }));
  const relative = lazy(() => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }));
  const list = lazy(() =>
    language === 'ja'
      ? new Intl.ListFormat(locale, { type: 'conjunction', style: 'narrow' })
      : new Intl.ListFormat(locale, { type: 'unit', style: 'short' }),
  );
  const regions = lazy(() => new Intl.DisplayNames([locale], { type: 'region' }));
  const formatDateTime = (value: string | number | Date) => {
    const date = toDate(value);
    return Number.isNaN(date.getTime()) ? String(value) : dateTime().format(date);
  };
  return {
    dateTime: (value) => (value === null || value === '' ? '—' : formatDateTime(value)),
    shortDateTime: (value) => shortDateTime().format(toDate(value)),
    time: (value) => time().format(toDate(value)),
    hourMinute: (value) => hourMinute().format(toDate(value)),
    monthDay: (value) => monthDay().format(toDate(value)),
    count: (n) => count().format(n),
    decimal: (n) => decimal().format(n),
    // Under ten seconds counts as now, so a small clock difference never reads "in 3 seconds".
    relativeTime(iso, now) {
      if (!iso) return '—';
      const at = new Date(iso).getTime();
      if (Number.isNaN(at)) return iso;
      let value = (at - now) / 1000;
      if (Math.abs(value) < 10) return relative().format(0, 'second');
      for (const [unit, size] of relativeSteps) {
        if (Math.abs(value) < size) return relative().format(Math.trunc(value), unit);
        value /= size;
      }
      return formatDateTime(iso);
    },
    list: (items) => list().format(items),
    region: (code) => regions().of(code) ?? code,
    bytes(n) {
      let value = Math.max(0, n);
      let unit = 0;
      while (value >= 1000 && unit < byteUnits.length - 1) {
        value /= 1000;
        unit += 1;
      }
      return new Intl.NumberFormat(locale, {
        style: 'unit',
        unit: byteUnits[unit],
        unitDisplay: 'short',
        maximumFractionDigits: unit > 0 && value < 100 ? 1 : 0,
      }).format(value);
    },
    share: (share) =>
      new Intl.NumberFormat(locale, {
        style: 'percent',
        maximumFractionDigits: share < 0.01 ? 2 : 1,
      }).format(share),
  };
}

/**
 * Formatters that follow the app's language as it changes; Intl objects are built once per
 * language and locale.
 */
export function createFormatters(
  language: () => Language,
  browserLanguage: () => string | undefined,
): () => Formatters {
  const cache = new Map<string, Formatters>();
  return () => {
    const current = language();
    const locale = formattingLocale(current, browserLanguage());
    let formatters = cache.get(locale);
    if (!formatters) {
      formatters = makeFormatters(locale, current);
      cache.set(locale, formatters);
    }
    return formatters;
  };
}
