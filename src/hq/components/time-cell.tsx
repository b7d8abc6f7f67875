import { formatDateTime, formatRelativeTime } from '../format.ts';

/** A moment as "5 minutes ago" with the date and time below it, both in the browser's locale. */
export function TimeCell({ iso, now, none }: { iso: string | null; now: number; none: string }) {
  if (!iso) return <span className="muted">{none}</span>;
  return (
    <time dateTime={iso}>
      {formatRelativeTime(iso, now)}
      <span className="subline">{formatDateTime(iso)}</span>
    </time>
  );
}
