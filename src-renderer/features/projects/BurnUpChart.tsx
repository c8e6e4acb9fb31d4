import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { CartesianGrid, ComposedChart, Area, Line, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { IndicatorProgress } from '../../../src-shared/contract';
import { formatCount, formatExpected, periodLabel } from './parts';
import { formatDay } from '../../lib/format';
import { userToday } from '../../lib/time';

const round = (n: number) => Math.round(n * 100) / 100;

interface Point {
  /** Milliseconds of the day: the axis is time, so "today" sits where today is. */
  x: number;
  label: string;
  planned: number;
  actual: number | null;
  /** What the period ending here counted, for the tooltip. */
  period: number | null;
}

const dayMs = (day: string) => Date.parse(`${day}T00:00:00Z`);

/** Cumulative actual against the planned line over the project's time, with today marked. */
export function BurnUpChart({ progress }: { progress: IndicatorProgress }) {
  const { t } = useTranslation();
  const today = userToday();
  const unit = progress.indicator.unit;
  const { periods } = progress;
  const points = useMemo<Point[]>(() => {
    const first = periods[0];
    if (!first) return [];
    // Each period's point sits at its end (the day after its last), where its running totals stand.
    const list: Point[] = [
      { x: dayMs(first.start), label: formatDay(first.start), planned: round(first.cumulativePlanned - first.target), actual: round(first.cumulativeActual - first.actual), period: null },
      ...periods.map((p) => ({
        x: dayMs(p.end),
        label: periodLabel(p.key),
        planned: p.cumulativePlanned,
        // What lies ahead has not happened: the actual line stops today.
        actual: p.end <= today ? p.cumulativeActual : null,
        period: p.actual,
      })),
    ];
    const last = periods[periods.length - 1]!;
    if (today >= first.start && today < last.end) {
      list.push({ x: dayMs(today), label: t('projects.chart.todayKey', { date: formatDay(today) }), planned: progress.expected, actual: progress.actual, period: null });
      list.sort((a, b) => a.x - b.x);
    }
    return list;
  }, [periods, today, progress.expected, progress.actual, t]);
  // A period's name sits in its middle; faint lines mark where periods meet.
  const ticks = useMemo(() => periods.map((p) => (dayMs(p.start) + dayMs(p.end)) / 2), [periods]);
  const tickLabels = useMemo(() => new Map(periods.map((p) => [(dayMs(p.start) + dayMs(p.end)) / 2, periodLabel(p.key)])), [periods]);
  const boundaries = useMemo(() => periods.slice(0, -1).map((p) => dayMs(p.end)), [periods]);
  const showToday = points.some((p) => p.x === dayMs(today));
  const summary = t(progress.indicator.decreasing ? 'projects.chart.summaryDown' : 'projects.chart.summary', {
    name: progress.indicator.name,
    actual: formatCount(progress.actual),
    target: formatCount(progress.target),
    expected: formatExpected(progress.expected),
    unit,
  });

  if (points.length === 0) return <p className="muted">{t('projects.chart.noPeriods')}</p>;
  return (
    <div className="burnup" role="img" aria-label={summary} data-testid="burnup-chart">
      <ResponsiveContainer width="100%" height={300}>
        <ComposedChart data={points} margin={{ top: 18, right: 24, bottom: 4, left: 0 }}>
          <CartesianGrid className="burnup-grid" vertical={false} stroke="var(--border-subtle)" />
          {boundaries.map((x) => (
            <ReferenceLine key={x} x={x} className="burnup-boundary" stroke="var(--border-subtle)" />
          ))}
          <XAxis
            dataKey="x"
            type="number"
            scale="time"
            domain={['dataMin', 'dataMax']}
            ticks={ticks}
            tickFormatter={(x: number) => tickLabels.get(x) ?? ''}
            className="burnup-axis"
            stroke="var(--border)"
            tickLine={false}
            interval="preserveStartEnd"
            minTickGap={12}
          />
          <YAxis className="burnup-axis" stroke="var(--border)" allowDecimals={false} tickLine={false} axisLine={false} width={48} tickFormatter={(v: number) => formatCount(v)} />
          <Tooltip content={<ChartTooltip unit={unit} />} cursor={{ className: 'burnup-cursor' }} isAnimationActive={false} />
          <ReferenceLine y={progress.target} className="burnup-target" stroke="var(--success)" strokeWidth={1.5} strokeDasharray="2 4" ifOverflow="extendDomain" label={{ value: t('projects.chart.target', { target: formatCount(progress.target) }), position: 'insideTopLeft', className: 'burnup-label' }} />
          {showToday ? <ReferenceLine x={dayMs(today)} className="burnup-today" stroke="var(--danger)" strokeWidth={1.5} label={{ value: t('projects.chart.today'), position: 'top', className: 'burnup-label burnup-label-today' }} /> : null}
          <Line
            type="linear"
            dataKey="planned"
            name={t('projects.chart.planned')}
            className="burnup-planned"
            stroke="var(--text-faint)"
            strokeDasharray="6 4"
            strokeWidth={2}
            dot={false}
            isAnimationActive={false}
          />
          <Area
            type="linear"
            dataKey="actual"
            name={t('projects.chart.actual')}
            className="burnup-actual"
            stroke="var(--accent)"
            fill="var(--accent)"
            fillOpacity={0.12}
            strokeWidth={2.5}
            dot={{ r: 3, className: 'burnup-dot' }}
            activeDot={{ r: 5 }}
            connectNulls={false}
            isAnimationActive={false}
          />
        </ComposedChart>
      </ResponsiveContainer>
      <ul className="burnup-legend" aria-hidden="true">
        <li>
          <span className="burnup-key burnup-key-actual" />
          {t('projects.chart.actual')}
        </li>
        <li>
          <span className="burnup-key burnup-key-planned" />
          {t('projects.chart.planned')}
        </li>
        <li>
          <span className="burnup-key burnup-key-target" />
          {t('projects.chart.targetKey')}
        </li>
        {showToday ? (
          <li>
            <span className="burnup-key burnup-key-today" />
            {t('projects.chart.todayKey', { date: formatDay(today) })}
          </li>
        ) : null}
      </ul>
    </div>
  );
}

interface TooltipProps {
  active?: boolean;
  payload?: ReadonlyArray<{ payload?: Point }>;
  unit: string;
}

function ChartTooltip({ active, payload, unit }: TooltipProps) {
  const { t } = useTranslation();
  const point = payload?.[0]?.payload;
  if (!active || !point) return null;
  return (
    <div className="burnup-tooltip">
      <div className="burnup-tooltip-title">{point.label}</div>
      <div>{t('projects.chart.tooltipPlanned', { value: formatExpected(point.planned), unit })}</div>
      {point.actual !== null ? (
        <>
          <div className="burnup-tooltip-actual">{t('projects.chart.tooltipActual', { value: formatCount(point.actual), unit })}</div>
          {point.period !== null ? <div className="muted">{t('projects.chart.tooltipPeriod', { value: formatCount(point.period) })}</div> : null}
        </>
      ) : null}
    </div>
  );
}
