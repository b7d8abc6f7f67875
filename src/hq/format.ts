const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'short', timeStyle: 'medium' });

/** An ISO date-time in the browser's locale; an em dash for none. */
export function formatDateTime(iso: string | null): string {
  if (!iso) return '—';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTime.format(date);
}

/** A whole number in the browser's locale. */
export function formatCount(n: number): string {
  return n.toLocaleString();
}

const relative = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });
const relativeSteps: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', Infinity],
];

/**
 * How long ago (or how far ahead) an ISO date-time is from `now`, in the browser's locale:
 * "now", "5 minutes ago", "yesterday"; an em dash for none. Under ten seconds counts as now, so
 * a small clock difference between HQ and the browser never reads "in 3 seconds".
 */
export function formatRelativeTime(iso: string | null, now: number): string {
  if (!iso) return '—';
  const at = new Date(iso).getTime();
  if (Number.isNaN(at)) return iso;
  let value = (at - now) / 1000;
  if (Math.abs(value) < 10) return relative.format(0, 'second');
  for (const [unit, size] of relativeSteps) {
    if (Math.abs(value) < size) return relative.format(Math.trunc(value), unit);
    value /= size;
  }
  return formatDateTime(iso);
}
