import { Box, Button, Card, Skeleton, Stack, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography, useTheme } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useMemo, type ReactNode } from 'react';
import { Link, useDataProvider, useTranslate } from 'react-admin';
import { Bar, BarChart, CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTemplateFields } from '../common/useTemplateFields';
import type { DualkeyDataProvider } from '../dataProvider';
import { graphql } from '../gql';
import type { DashboardQualityQuery, DashboardTrendQuery } from '../gql/graphql';
import { reportLink } from '../reports/ReportsPage';
import { daysAgo, startOfWeek, useFormat } from '../reports/format';
import { PROVINCE_NAME_BY_CODE } from '../common/provinces';

/** Days shown in the trend and the period of the field, province and control-chart figures. */
export const TREND_DAYS = 30;

/** The week's rate and the last TREND_DAYS days with keying (the period of the other figures starts at the first of them). */
const TREND = graphql(`query DashboardTrend($week: ReportFilter!, $today: ReportFilter!, $days: Int!) {
  week: areaReport(level: ALL, filter: $week) { items { errorRate errors fieldsKeyed pendingFields } }
  today: areaReport(level: ALL, filter: $today) { items { autoVerified reviewVerified } }
  daily: areaReport(level: ALL, byDay: true, perPage: $days, sortField: day, sortOrder: DESC) { items { day errorRate errors fieldsKeyed } }
}`);

/** Fields, provinces and the p-chart over that period. */
const QUALITY = graphql(`query DashboardQuality($period: ReportFilter!, $fields: ReportFilter!) {
  fields: fieldReport(filter: $fields, perPage: 12, sortField: errorRate, sortOrder: DESC) { items { fieldKey errorRate errorRateLow errorRateHigh keyed errors } }
  provinces: areaReport(level: PROVINCE, filter: $period, perPage: 30, sortField: errorRate, sortOrder: DESC) { items { provinceCode errorRate forms fieldsKeyed } }
  ooc: outOfControlKeyers(filter: $period, perPage: 10) { total keyersChecked populationRate items { keyerCode errorRate errorRateLow errorRateHigh pendingFields upperControlLimit fieldsKeyed forms zScore } }
}`);

export type Quality = DashboardTrendQuery &
  DashboardQualityQuery & {
    /** First day of the period of the charts (YYYY-MM-DD) */
    from: string;
  };

async function loadQuality(dataProvider: DualkeyDataProvider): Promise<Quality> {
  const today = daysAgo(0);
  const { data: trend } = await dataProvider.query(TREND, { week: { from: startOfWeek() }, today: { from: today, to: today }, days: TREND_DAYS });
  const days = trend.daily.items.map((r) => r.day as string).filter(Boolean).sort();
  const from = days[0] ?? daysAgo(TREND_DAYS - 1);
  const { data: rest } = await dataProvider.query(QUALITY, { period: { from }, fields: { from, templateCode: 'dc01' } });
  return { ...trend, daily: { items: [...trend.daily.items].sort((a, b) => String(a.day).localeCompare(String(b.day))) }, ...rest, from };
}

/** The period's figures; the second query needs the first day the trend found, so it is one query function. */
export const useQuality = () => {
  const dataProvider = useDataProvider<DualkeyDataProvider>();
  // No retries: a refusal shows at once, as the rest of the dashboard does.
  return useQuery({ queryKey: ['dashboard', 'quality'], queryFn: () => loadQuality(dataProvider), retry: false });
};

const ChartCard = ({ title, subtitle, to, children, testId }: { title: string; subtitle?: string; to: string; children: ReactNode; testId: string }) => {
  const translate = useTranslate();
  return (
    <Card data-testid={testId} sx={{ display: 'flex', flexDirection: 'column' }}>
      <Stack direction="row" sx={{ alignItems: 'flex-start', px: 2, pt: 1.2 }}>
        <Box sx={{ flex: 1 }}>
          <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>
            {title}
          </Typography>
          {subtitle && (
            <Typography variant="caption" color="text.secondary">
              {subtitle}
            </Typography>
          )}
        </Box>
        <Button size="small" component={Link} to={to}>
          {translate('dk.dashboard.open_report')}
        </Button>
      </Stack>
      <Box sx={{ p: 1.5, pt: 1, flex: 1 }}>{children}</Box>
    </Card>
  );
};

const Empty = () => {
  const translate = useTranslate();
  return (
    <Typography variant="body2" color="text.secondary" sx={{ p: 2 }}>
      {translate('dk.reports.empty')}
    </Typography>
  );
};

/** In place of a chart whose figures failed to load: not "no figures", which would be a claim. */
const NotLoaded = () => {
  const translate = useTranslate();
  return (
    <Typography variant="body2" color="text.secondary" sx={{ p: 2 }} data-testid="chart-not-loaded">
      {translate('dk.load.not_loaded')}
    </Typography>
  );
};

const CHART_H = 240;

/** The charts of the period; `failed` when their figures could not be loaded (the dashboard says why and offers a retry). */
export const QualityCharts = ({ data, failed }: { data: Quality | null; failed: boolean }) => {
  const translate = useTranslate();
  const f = useFormat();
  const theme = useTheme();
  const fields = useTemplateFields();
  const labels = useMemo(() => new Map(fields.map((x) => [x.key, f.locale === 'en' ? x.labelEn : x.labelVi])), [fields, f.locale]);
  const from = data?.from ?? daysAgo(TREND_DAYS - 1);
  const period = translate('dk.dashboard.since', { day: f.date(`${from}T00:00:00`), days: TREND_DAYS });
  const axisPct = (v: number) => f.pct(v).replace(/[.,]00(?=\s?%)/, '');
  const tick = { fontSize: 11, fill: theme.palette.text.secondary };
  const tooltipStyle = { contentStyle: { background: theme.palette.background.paper, border: `1px solid ${theme.palette.divider}`, fontSize: 12 } };

  const daily = (data?.daily.items ?? []).filter((r) => r.errorRate != null);
  const fieldRows = (data?.fields.items ?? []).filter((r) => r.errorRate != null).map((r) => ({ ...r, label: labels.get(r.fieldKey) ?? r.fieldKey }));
  const provinces = (data?.provinces.items ?? []).filter((r) => r.errorRate != null).map((r) => ({ ...r, name: PROVINCE_NAME_BY_CODE[r.provinceCode ?? ''] ?? r.provinceCode }));
  const loading = !data && !failed;
  const body = (rows: unknown[], chart: ReactNode) => (loading ? <Skeleton variant="rectangular" height={CHART_H} /> : !data ? <NotLoaded /> : rows.length ? chart : <Empty />);

  return (
    <Stack spacing={2}>
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' } }}>
        <ChartCard testId="chart-error-by-day" title={translate('dk.dashboard.error_by_day')} subtitle={period} to={reportLink('areas', { level: 'ALL', byDay: '1', from })}>
          {body(
            daily,
            <ResponsiveContainer width="100%" height={CHART_H}>
              <LineChart data={daily} margin={{ top: 8, right: 16, left: 0, bottom: 0 }}>
                <CartesianGrid strokeDasharray="3 3" stroke={theme.palette.divider} />
                <XAxis dataKey="day" tickFormatter={f.day} tick={tick} />
                <YAxis tickFormatter={axisPct} tick={tick} width={56} />
                <Tooltip {...tooltipStyle} labelFormatter={(d) => f.day(String(d))} formatter={(v) => [f.pct(Number(v)), translate('dk.reports.col.errorRate')]} />
                <Line type="monotone" dataKey="errorRate" stroke={theme.palette.primary.main} strokeWidth={2} dot={{ r: 3 }} isAnimationActive={false} />
              </LineChart>
            </ResponsiveContainer>,
          )}
        </ChartCard>
        <ChartCard testId="chart-error-by-field" title={translate('dk.dashboard.error_by_field')} subtitle={period} to={reportLink('fields', { from })}>
          {body(
            fieldRows,
            <ResponsiveContainer width="100%" height={Math.max(CHART_H, fieldRows.length * 24 + 30)}>
              <BarChart data={fieldRows} layout="vertical" margin={{ top: 4, right: 16, left: 8, bottom: 0 }}>
                <CartesianGrid strokeDasharray="3 3" stroke={theme.palette.divider} horizontal={false} />
                <XAxis type="number" tickFormatter={axisPct} tick={tick} />
                <YAxis type="category" dataKey="label" width={150} tick={tick} interval={0} />
                <Tooltip
                  {...tooltipStyle}
                  formatter={(_v, _n, item) => [f.pctCi(item.payload.errorRate, item.payload.errorRateLow, item.payload.errorRateHigh), translate('dk.reports.col.errorRate')]}
                />
                <Bar dataKey="errorRate" fill={theme.palette.warning.main} isAnimationActive={false} />
              </BarChart>
            </ResponsiveContainer>,
          )}
        </ChartCard>
        <ChartCard testId="chart-error-by-province" title={translate('dk.dashboard.error_by_province')} subtitle={period} to={reportLink('areas', { level: 'PROVINCE', from })}>
          {body(
            provinces,
            <ResponsiveContainer width="100%" height={CHART_H}>
              <BarChart data={provinces} margin={{ top: 8, right: 16, left: 0, bottom: 0 }}>
                <CartesianGrid strokeDasharray="3 3" stroke={theme.palette.divider} vertical={false} />
                <XAxis dataKey="name" tick={tick} />
                <YAxis tickFormatter={axisPct} tick={tick} width={56} />
                <Tooltip
                  {...tooltipStyle}
                  labelFormatter={(c) => String(c)}
                  formatter={(v) => [f.pct(Number(v)), translate('dk.reports.col.errorRate')]}
                />
                <Bar dataKey="errorRate" fill={theme.palette.secondary.main} isAnimationActive={false} />
              </BarChart>
            </ResponsiveContainer>,
          )}
        </ChartCard>
        <ChartCard
          testId="card-out-of-control"
          title={translate('dk.dashboard.out_of_control')}
          subtitle={
            data
              ? translate('dk.dashboard.ooc_summary', { count: f.int(data.ooc.total), checked: f.int(data.ooc.keyersChecked), rate: f.pct(data.ooc.populationRate) }) + ' · ' + period
              : period
          }
          to={reportLink('keyers', { from })}
        >
          {loading ? (
            <Skeleton variant="rectangular" height={CHART_H} />
          ) : !data ? (
            <NotLoaded />
          ) : data.ooc.items.length ? (
            // Scrolls inside the card rather than cutting its last column; the interval under the rate.
            <TableContainer sx={{ overflowX: 'auto' }}>
              <Table size="small" sx={{ '& td, & th': { px: 1 }, '& td': { whiteSpace: 'nowrap' }, '& th': { whiteSpace: 'normal', verticalAlign: 'bottom', lineHeight: 1.3 } }}>
                <TableHead>
                  <TableRow>
                    <TableCell>{translate('dk.reports.col.keyerCode')}</TableCell>
                    <TableCell align="right">{translate('dk.reports.col.errorRate')}</TableCell>
                    <TableCell align="right">{translate('dk.reports.col.upperControlLimit')}</TableCell>
                    <TableCell align="right">{translate('dk.reports.col.fieldsKeyed')}</TableCell>
                    <TableCell align="right">{translate('dk.quality.pending.col')}</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {data.ooc.items.map((r) => (
                    <TableRow key={r.keyerCode} data-testid={`ooc-${r.keyerCode}`}>
                      <TableCell>
                        <Link to={`/keyings?filter=${encodeURIComponent(JSON.stringify({ keyerCode: r.keyerCode }))}`}>{r.keyerCode}</Link>
                      </TableCell>
                      <TableCell align="right" sx={{ fontVariantNumeric: 'tabular-nums' }}>
                        <Box component="span" sx={{ color: 'error.main', fontWeight: 600 }}>
                          {f.pct(r.errorRate)}
                        </Box>
                        <Typography variant="caption" color="text.secondary" component="div" data-testid={`ooc-ci-${r.keyerCode}`}>
                          {r.errorRateLow != null && r.errorRateHigh != null ? `${f.pct(r.errorRateLow)}–${f.pct(r.errorRateHigh)}` : '—'}
                        </Typography>
                      </TableCell>
                      <TableCell align="right" sx={{ fontVariantNumeric: 'tabular-nums' }}>
                        {f.pct(r.upperControlLimit)}
                      </TableCell>
                      <TableCell align="right" sx={{ fontVariantNumeric: 'tabular-nums' }}>
                        {f.int(r.fieldsKeyed)}
                      </TableCell>
                      <TableCell align="right" sx={{ fontVariantNumeric: 'tabular-nums', color: (r.pendingFields ?? 0) > 0 ? 'warning.dark' : 'text.secondary' }}>
                        {f.int(r.pendingFields)}
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </TableContainer>
          ) : (
            <Typography variant="body2" color="success.main" sx={{ p: 2 }} data-testid="ooc-none">
              {translate('dk.dashboard.ooc_none')}
            </Typography>
          )}
        </ChartCard>
      </Box>
    </Stack>
  );
};
