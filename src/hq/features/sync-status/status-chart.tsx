import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useId, useRef, useState } from 'react';
import { statusLabel } from '../../components/status-pill.tsx';
import { QueryError } from '../../components/query-error.tsx';
import { formatCount } from '../../format.ts';
import { format, t } from '../../i18n/i18n.ts';
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
  { id: '1h', hours: 1, bucketMinutes: 5 },
  { id: '24h', hours: 24, bucketMinutes: 60 },
  { id: '7d', hours: 168, bucketMinutes: 1440 },
] as const;
type Period = (typeof periods)[number];

/** The chart's margins around the plot (room for the axes' labels), in CSS pixels. */
const margins = { height: 200, left: 44, right: 12, top: 12, bottom: 28 };

function bucketLabel(start: string, period: Period): string {
  return period.bucketMinutes >= 1440 ? format().monthDay(start) : format().hourMinute(start);
}

/** A count of operations of one status within a sentence: "3 pending". */
function statusCount(n: number, status: (typeof chartStatuses)[number]): string {
  return t('syncStatus.statusCount', { n, status: t(`statusesInText.${status}`) });
}

/** The chart's text alternative: the period and the totals per status. */
export function chartSummary(buckets: readonly StatsBucket[], period: Period['id']): string {
  const sum = totals(buckets);
  return t('syncStatus.chartSummary', {
    period: t(`syncStatus.periodPhrases.${period}`),
    totals: format().list(chartStatuses.map((s) => statusCount(sum[s], s))),
  });
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
      aria-label={chartSummary(buckets, period.id)}
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
                {`${format().shortDateTime(bar.start)}: ${statusCount(segment.value, segment.status)}`}
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
        <h3 id={`${id}-h`}>{t('syncStatus.chartHeading')}</h3>
        <div className="field field-inline">
          <label htmlFor={`${id}-period`}>{t('syncStatus.period')}</label>
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
                {t(`syncStatus.periods.${p.id}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {stats.isPending && <p className="muted">{t('syncStatus.loadingChart')}</p>}
      {stats.isError && (
        <QueryError
          what={t('things.chart')}
          error={stats.error}
          onRetry={() => void stats.refetch()}
        />
      )}
      {stats.data && (
        <ul className="chart-legend" aria-hidden="true">
          {chartStatuses.map((status) => (
            <li key={status}>
              <span className={`chart-swatch chart-${status}`} />
              {statusLabel(status)}
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
            <caption>{chartSummary(buckets, period.id)}</caption>
            <thead>
              <tr>
                <th scope="col">{t('syncStatus.from')}</th>
                {chartStatuses.map((status) => (
                  <th scope="col" key={status}>
                    {statusLabel(status)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {buckets.map((bucket) => (
                <tr key={bucket.start}>
                  <th scope="row">{format().shortDateTime(bucket.start)}</th>
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
