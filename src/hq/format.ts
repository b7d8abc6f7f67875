import { format } from './i18n/i18n.ts';

/** An ISO date-time in the console's language; an em dash for none. */
export function formatDateTime(iso: string | null): string {
  return format().dateTime(iso);
}

/** A whole number in the console's language. */
export function formatCount(n: number): string {
  return format().count(n);
}

/**
 * How long ago (or how far ahead) an ISO date-time is from `now`, in the console's language:
 * "now", "5 minutes ago", "yesterday"; an em dash for none. Under ten seconds counts as now, so
 * a small clock difference between HQ and the browser never reads "in 3 seconds".
 */
export function formatRelativeTime(iso: string | null, now: number): string {
  return format().relativeTime(iso, now);
}
