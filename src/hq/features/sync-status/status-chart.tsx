import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useId, useRef, useState } from 'react';
import { statusLabels } from '../../components/status-pill.tsx';
import { QueryError } from '../../components/query-error.tsx';
import { formatCount } from '../../format.ts';
import { asyncCustomerStatsQuery } from '../../queries.ts';
import { useElementWidth } from '../../use-element-width.ts';
import {
  chartStatuses,
  labelStep,
  layoutBars,
  totals,
  valueScale,
  valueY,
  type ChartFrame,
  type StatsBucket,
} from './chart-scale.ts';

/** The periods the chart offers: how far back, and how wide each bar is. */
const periods = [
  { id: '1h', label: 'Last hour', phrase: 'the last hour', hours: 1, bucketMinutes: 5 },
  { id: '24h', label: 'Last 24 hours', phrase: 'the last 24 hours', hours: 24, bucketMinutes: 60 },
  { id: '7d', label: 'Last 7 days', phrase: 'the last 7 days', hours: 168, bucketMinutes: 1440 },
] as const;
type Period = (typeof periods)[number];

/** The chart's margins around the plot (room for the axes' labels), in CSS pixels. */
const margins = { height: 200, left: 44, right: 12, top: 12, bottom: 28 };

const timeFormat = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });
const dayFormat = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric' });
const fullFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'short', timeStyle: 'short' });

function bucketLabel(start: string, period: Period): string {
  const date = new Date(start);
  return period.bucketMinutes >= 1440 ? dayFormat.format(date) : timeFormat.format(date);
}

/** The chart's text alternative: the period and the totals per status. */
export function chartSummary(buckets: readonly StatsBucket[], phrase: string): string {
  const sum = totals(buckets);
  return `Asynchronous operations over ${phrase}: ${chartStatuses
    .map((s) => `${formatCount(sum[s])} ${statusLabels[s].toLowerCase()}`)
    .join(', ')}.`;
}

/** Stacked bars, value and time axes, drawn as plain SVG. */
function Bars({
  buckets,
  period,
  width,
}: {
  buckets: readonly StatsBucket[];
  period: Period;
  width: number;
}) {
  const frame: ChartFrame = { ...margins, width };
  const max = Math.max(0, ...buckets.map((b) => b.pending + b.completed + b.failed));
  const scale = valueScale(max);
  const bars = layoutBars(buckets, frame, scale);
  // Roughly one time label per 90 px, so they never overlap.
  const step = labelStep(bars.length, Math.max(2, Math.floor((width - frame.left) / 90)));
  const baseline = frame.height - frame.bottom;
  return (
    <svg
      className="chart-svg"
      width={frame.width}
      height={frame.height}
      viewBox={`0 0 ${frame.width} ${frame.height}`}
      role="img"
      aria-label={chartSummary(buckets, period.phrase)}
    >
      {scale.ticks.map((tick) => {
        const y = valueY(tick, frame, scale);
        return (
          <g key={tick} aria-hidden="true">
            <line
              className={tick === 0 ? 'chart-axis' : 'chart-grid'}
              x1={frame.left}
              x2={frame.width - frame.right}
              y1={y}
              y2={y}
            />
            <text className="chart-label" x={frame.left - 6} y={y} textAnchor="end" dy="0.35em">
              {formatCount(tick)}
            </text>
          </g>
        );
      })}
      {bars.map((bar, i) => (
        <g key={bar.start} aria-hidden="true">
          {bar.segments.map((segment) => (
            <rect
              key={segment.status}
              className={`chart-bar chart-${segment.status}`}
              x={bar.x}
              y={segment.y}
              width={bar.width}
              height={segment.height}
            >
              <title>
                {`${fullFormat.format(new Date(bar.start))}: ${formatCount(segment.value)} ${statusLabels[segment.status].toLowerCase()}`}
              </title>
            </rect>
          ))}
          {i % step === 0 && (
            <text
              className="chart-label"
              x={bar.x + bar.width / 2}
              y={baseline + 18}
              textAnchor="middle"
            >
              {bucketLabel(bar.start, period)}
            </text>
          )}
        </g>
      ))}
    </svg>
  );
}

/**
 * Async operations by status over time (Pending, Completed, Failed), refreshed every few
 * seconds: a small SVG bar chart with a legend, and the numbers in a table for screen readers.
 */
export function StatusChart() {
  const id = useId();
  const [periodId, setPeriodId] = useState<Period['id']>('1h');
  const period = periods.find((p) => p.id === periodId) ?? periods[0];
  const stats = useQuery({
    ...asyncCustomerStatsQuery(period.hours, period.bucketMinutes),
    placeholderData: keepPreviousData,
  });
  const buckets = stats.data?.buckets ?? [];
  const plotRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(plotRef, 720);

  return (
    <section className="card chart-card" aria-labelledby={`${id}-h`}>
      <div className="card-head">
        <h3 id={`${id}-h`}>Operations over time</h3>
        <div className="field field-inline">
          <label htmlFor={`${id}-period`}>Period</label>
          <select
            id={`${id}-period`}
            value={periodId}
            onChange={(e) => {
              const next = periods.find((p) => p.id === e.target.value);
              if (next) setPeriodId(next.id);
            }}
          >
            {periods.map((p) => (
              <option key={p.id} value={p.id}>
                {p.label}
              </option>
            ))}
          </select>
        </div>
      </div>
      {stats.isPending && <p className="muted">Loading the chart…</p>}
      {stats.isError && (
        <QueryError what="the chart" error={stats.error} onRetry={() => void stats.refetch()} />
      )}
      {stats.data && (
        <ul className="chart-legend" aria-hidden="true">
          {chartStatuses.map((status) => (
            <li key={status}>
              <span className={`chart-swatch chart-${status}`} />
              {statusLabels[status]}
            </li>
          ))}
        </ul>
      )}
      {/* Always mounted, so its width is measured before the first data arrives. */}
      <div ref={plotRef} className="chart-plot">
        {stats.data && <Bars buckets={buckets} period={period} width={width} />}
      </div>
      {stats.data && (
        <>
          <table className="visually-hidden">
            <caption>{chartSummary(buckets, period.phrase)}</caption>
            <thead>
              <tr>
                <th scope="col">From</th>
                {chartStatuses.map((status) => (
                  <th scope="col" key={status}>
                    {statusLabels[status]}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {buckets.map((bucket) => (
                <tr key={bucket.start}>
                  <th scope="row">{fullFormat.format(new Date(bucket.start))}</th>
                  {chartStatuses.map((status) => (
                    <td key={status}>{formatCount(bucket[status])}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
