import { Box, Typography, useTheme } from '@mui/material';
import { useTranslate } from 'react-admin';
import { Bar, BarChart, CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { useFormat } from './format';

type Row = Record<string, any>;
type Format = ReturnType<typeof useFormat>;

/** What a report tab draws: a value per day (with "per day") or per keyer, field, area, reviewer or pair. */
export interface Series {
  title: string;
  points: { label: string; value: number | null }[];
  /** Share (0..1) or count. */
  rate: boolean;
  trend: boolean;
  total: number;
}

/** Bars drawn at most (the highest); the table below has every row. */
const MAX_BARS = 30;

/** Sums of a numerator and a denominator per day, as one rate. */
function perDay(rows: Row[], num: string, den?: string): { label: string; value: number | null }[] {
  const days = new Map<string, { n: number; d: number }>();
  for (const r of rows) {
    const t = days.get(r.day) ?? days.set(r.day, { n: 0, d: 0 }).get(r.day)!;
    t.n += Number(r[num] ?? 0);
    t.d += den ? Number(r[den] ?? 0) : 1;
  }
  // A day with nothing keyed has no rate (only comparisons or resolutions happened): left out.
  return [...days.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([label, t]) => ({ label, value: den ? (t.d > 0 ? t.n / t.d : null) : t.n }))
    .filter((p) => p.value !== null);
}

export function reportSeries(tab: string, rows: Row[], byDay: boolean, name: (r: Row) => string, translate: (k: string, o?: any) => string): Series {
  const t = (k: string) => translate(`dk.quality.chart.${k}`);
  if (byDay) {
    switch (tab) {
      case 'keyers':
        return { title: t('trend_error'), points: perDay(rows, 'fieldErrors', 'fieldsKeyed'), rate: true, trend: true, total: 0 };
      case 'fields':
        return { title: t('trend_error'), points: perDay(rows, 'errors', 'keyed'), rate: true, trend: true, total: 0 };
      case 'areas':
        return { title: t('trend_error'), points: perDay(rows, 'errors', 'fieldsKeyed'), rate: true, trend: true, total: 0 };
      case 'reviewers':
        return { title: t('trend_resolved'), points: perDay(rows, 'tasksResolved'), rate: false, trend: true, total: 0 };
      default:
        return { title: t('trend_agreement'), points: perDay(rows, 'fieldsAgreed', 'fieldsCompared'), rate: true, trend: true, total: 0 };
    }
  }
  const metric: Record<string, [string, string, boolean]> = {
    keyers: ['by_keyer', 'errorRate', true],
    fields: ['by_field', 'errorRate', true],
    areas: ['by_area', 'errorRate', true],
    reviewers: ['by_reviewer', 'tasksResolved', false],
    agreement: ['by_pair', 'agreementRate', true],
  };
  const [title, key, rate] = metric[tab] ?? metric.keyers;
  const all = rows.filter((r) => r[key] != null).map((r) => ({ label: name(r), value: Number(r[key]) }));
  // Agreement: the lowest pairs are the ones to look at; everything else: the highest.
  all.sort((a, b) => (tab === 'agreement' ? a.value - b.value : b.value - a.value));
  return { title: t(title), points: all.slice(0, MAX_BARS), rate, trend: false, total: all.length };
}

const HEIGHT = 220;

/** Long labels (field names) shortened under the bars; the tooltip has them whole. */
const short = (v: unknown) => {
  const t = String(v);
  return t.length > 18 ? `${t.slice(0, 17)}…` : t;
};

/** The chart above a report's table. */
export const ReportChart = ({ tab, series, f }: { tab: string; series: Series; f: Format }) => {
  const theme = useTheme();
  const translate = useTranslate();
  const tick = { fontSize: 11, fill: theme.palette.text.secondary };
  const axisPct = (v: number) => f.pct(v).replace(/[.,]00(?=\s?%)/, '');
  const value = (v: unknown) => (series.rate ? f.pct(Number(v)) : f.int(Number(v)));
  const tooltip = { contentStyle: { background: theme.palette.background.paper, border: `1px solid ${theme.palette.divider}`, fontSize: 12 } };
  if (!series.points.length) return null;
  // Many bars: labels slanted so that they do not overlap.
  const slanted = series.points.length > 8;
  return (
    <Box data-testid={`report-chart-${tab}`} sx={{ px: 2, pt: 1, pb: 1, minWidth: 0 }}>
      <Typography variant="subtitle2" sx={{ fontWeight: 600 }}>
        {series.title}
        {!series.trend && series.total > series.points.length && (
          <Typography component="span" variant="caption" color="text.secondary" sx={{ ml: 1 }}>
            {/* Agreement shows the pairs that agree least (sorted up), the others the highest rates. */}
            ({translate(tab === 'agreement' ? 'dk.quality.chart.bottom' : 'dk.quality.chart.top', { count: f.int(series.points.length), total: f.int(series.total) })})
          </Typography>
        )}
      </Typography>
      <ResponsiveContainer width="100%" height={HEIGHT}>
        {series.trend ? (
          <LineChart data={series.points} margin={{ top: 8, right: 16, left: 0, bottom: 0 }}>
            <CartesianGrid strokeDasharray="3 3" stroke={theme.palette.divider} />
            <XAxis dataKey="label" tickFormatter={f.day} tick={tick} />
            <YAxis tickFormatter={series.rate ? axisPct : (v: number) => f.int(v)} tick={tick} width={56} />
            <Tooltip {...tooltip} labelFormatter={(d) => f.day(String(d))} formatter={(v) => [value(v), series.title]} />
            <Line type="monotone" dataKey="value" stroke={theme.palette.primary.main} strokeWidth={2} dot={{ r: 3 }} isAnimationActive={false} connectNulls />
          </LineChart>
        ) : (
          <BarChart data={series.points} margin={{ top: 8, right: 16, left: 0, bottom: 0 }}>
            <CartesianGrid strokeDasharray="3 3" stroke={theme.palette.divider} vertical={false} />
            <XAxis dataKey="label" tick={{ ...tick, textAnchor: slanted ? 'end' : 'middle' }} interval={0} angle={slanted ? -35 : 0} height={slanted ? 80 : 30} tickFormatter={short} />
            <YAxis tickFormatter={series.rate ? axisPct : (v: number) => f.int(v)} tick={tick} width={56} />
            <Tooltip {...tooltip} formatter={(v) => [value(v), series.title]} />
            <Bar dataKey="value" maxBarSize={56} fill={tab === 'agreement' ? theme.palette.success.main : tab === 'reviewers' ? theme.palette.info.main : theme.palette.warning.main} isAnimationActive={false} />
          </BarChart>
        )}
      </ResponsiveContainer>
    </Box>
  );
};
