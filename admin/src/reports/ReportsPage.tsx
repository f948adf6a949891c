import DownloadIcon from '@mui/icons-material/FileDownloadOutlined';
import {
  Alert,
  Box,
  Button,
  Card,
  Checkbox,
  FormControlLabel,
  LinearProgress,
  MenuItem,
  Stack,
  Tab,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Tabs,
  TextField,
  Typography,
} from '@mui/material';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo, useRef, useState, type ReactNode } from 'react';
import { Title, useDataProvider, useNotify, useTranslate } from 'react-admin';
import { useSearchParams } from 'react-router-dom';
import { useTemplateFields } from '../common/useTemplateFields';
import { downloadCsv } from '../common/csv';
import type { DualkeyDataProvider } from '../dataProvider';
import { graphql } from '../gql';
import type { AreaLevel, ReportName, TypedDocumentString } from '../gql/graphql';
import { PROVINCE_NAME_BY_CODE } from '../common/provinces';
import { cleanFilter, isoDay, useFormat } from './format';
import { ReportChart, reportSeries, type Series } from './ReportChart';

export const REPORT_TABS = ['keyers', 'fields', 'areas', 'reviewers', 'agreement'] as const;
export type ReportTab = (typeof REPORT_TABS)[number];
const LEVELS = ['BATCH', 'DISTRICT', 'PROVINCE', 'ALL'] as const satisfies readonly AreaLevel[];

/** Link to the reports screen with a tab and optional settings (used by the dashboard cards). */
export const reportLink = (tab: ReportTab, params: Record<string, string> = {}) => `/reports?${new URLSearchParams({ tab, ...params }).toString()}`;

const CSV_NAME: Record<ReportTab, ReportName> = { keyers: 'KEYERS', fields: 'FIELDS', areas: 'AREAS', reviewers: 'REVIEWERS', agreement: 'PAIRS' };

type Row = Record<string, any>;

/**
 * One document per tab, all answering as `report`. By day, the rows come in day order; otherwise
 * in each report's own default order (sortField and sortOrder are then left out, not sent as null).
 * Variables differ by tab (only areas takes a level): they are put together where the query is sent.
 */
const REPORT: Record<ReportTab, TypedDocumentString<{ report: { total: number; items: Row[]; overall?: Row } }, any>> = {
  keyers: graphql(`query KeyerReportTab($filter: ReportFilter, $byDay: Boolean!, $sortField: KeyerReportSortField, $sortOrder: SortOrder) {
  report: keyerReport(filter: $filter, byDay: $byDay, perPage: 200, sortField: $sortField, sortOrder: $sortOrder) {
    total items { keyerCode day forms fieldsKeyed fieldErrors errorRate errorRateLow errorRateHigh pendingFields errorsPerThousandKeystrokes medianSecondsPerForm upperControlLimit zScore outOfControl }
  }
}`),
  fields: graphql(`query FieldReportTab($filter: ReportFilter, $byDay: Boolean!, $sortField: FieldReportSortField, $sortOrder: SortOrder) {
  report: fieldReport(filter: $filter, byDay: $byDay, perPage: 200, sortField: $sortField, sortOrder: $sortOrder) {
    total items { fieldKey day keyed errors errorRate errorRateLow errorRateHigh pendingFields compared discrepancies discrepancyRate }
  }
}`),
  areas: graphql(`query AreaReportTab($filter: ReportFilter, $byDay: Boolean!, $level: AreaLevel!, $sortField: AreaReportSortField, $sortOrder: SortOrder) {
  report: areaReport(filter: $filter, byDay: $byDay, perPage: 200, level: $level, sortField: $sortField, sortOrder: $sortOrder) {
    total items { batchCode district provinceCode day forms compared discrepancyRate errors fieldsKeyed errorRate pendingFields agreementRate autoVerified reviewVerified done progress openTasks }
  }
}`),
  reviewers: graphql(`query ReviewerReportTab($filter: ReportFilter, $byDay: Boolean!, $sortField: ReviewerReportSortField, $sortOrder: SortOrder) {
  report: reviewerReport(filter: $filter, byDay: $byDay, perPage: 200, sortField: $sortField, sortOrder: $sortOrder) {
    total items { reviewerId reviewerName day tasksResolved fieldsResolved escalated rejected medianSecondsToResolve p90SecondsToResolve agreedFirstRate agreedSecondRate agreedNeitherRate spotChecks spotCorrections }
  }
}`),
  agreement: graphql(`query AgreementReportTab($filter: ReportFilter, $byDay: Boolean!, $sortField: KeyerPairSortField, $sortOrder: SortOrder) {
  report: agreementReport(filter: $filter, byDay: $byDay, perPage: 200, sortField: $sortField, sortOrder: $sortOrder) {
    total items { keyerA keyerB day forms fieldsCompared fieldsAgreed agreementRate } overall { forms fieldsCompared fieldsAgreed agreementRate }
  }
}`),
};

const REPORT_BATCHES = graphql(`query ReportBatches { batches(perPage: 200, sortField: createdAt, sortOrder: DESC) { items { id code } } }`);

const REPORT_CSV = graphql(`query ReportCsv($report: ReportName!, $filter: ReportFilter, $byDay: Boolean!, $level: AreaLevel!) {
  reportCsv(report: $report, filter: $filter, byDay: $byDay, level: $level)
}`);

interface Col {
  key: string;
  render: (r: Row) => ReactNode;
  num?: boolean;
  /** Header translation key, when not dk.reports.col.<key>. */
  label?: string;
}

/** "079 · Hồ Chí Minh": the code as in the filter, and the name. */
export const provinceLabel = (code: string | null | undefined) => (code ? (PROVINCE_NAME_BY_CODE[code] ? `${code} · ${PROVINCE_NAME_BY_CODE[code]}` : code) : '');

/** A reviewer by name (staff see names), the id kept for the CSV's sake. */
const reviewerLabel = (r: Row) => (r.reviewerName ? `${r.reviewerName} (#${r.reviewerId})` : `#${r.reviewerId}`);

/** Fields still in open tasks: errors not charged yet, so a low rate beside them is not final. */
const Pending = ({ value }: { value: number | null | undefined }) => {
  const translate = useTranslate();
  const f = useFormat();
  if (value == null) return <>—</>;
  return (
    <Box component="span" title={translate('dk.quality.pending.hint', { count: f.int(value) })} sx={value > 0 ? { color: 'warning.dark', fontWeight: 600 } : { color: 'text.secondary' }}>
      {f.int(value)}
    </Box>
  );
};

function useColumns(tab: ReportTab, byDay: boolean, level: string): Col[] {
  const f = useFormat();
  const fields = useTemplateFields();
  const label = useMemo(() => new Map(fields.map((x) => [x.key, f.locale === 'en' ? x.labelEn : x.labelVi])), [fields, f.locale]);
  const n = (key: string): Col => ({ key, num: true, render: (r) => f.int(r[key]) });
  const p = (key: string): Col => ({ key, num: true, render: (r) => f.pct(r[key]) });
  const ci = (key: string): Col => ({ key, num: true, render: (r) => f.pctCi(r[key], r[`${key}Low`], r[`${key}High`]) });
  const day: Col[] = byDay ? [{ key: 'day', render: (r) => r.day }] : [];
  // Not per day: the queue as it stands now, like the open tasks.
  const pending: Col[] = byDay ? [] : [{ key: 'pendingFields', num: true, label: 'dk.quality.pending.col', render: (r) => <Pending value={r.pendingFields} /> }];
  switch (tab) {
    case 'keyers':
      return [
        { key: 'keyerCode', render: (r) => r.keyerCode },
        ...day,
        n('forms'),
        n('fieldsKeyed'),
        n('fieldErrors'),
        ci('errorRate'),
        ...pending,
        { key: 'errorsPerThousandKeystrokes', num: true, render: (r) => f.dec(r.errorsPerThousandKeystrokes) },
        { key: 'medianSecondsPerForm', num: true, render: (r) => f.secs(r.medianSecondsPerForm) },
        p('upperControlLimit'),
        { key: 'zScore', num: true, render: (r) => f.dec(r.zScore) },
        { key: 'outOfControl', render: (r) => (r.outOfControl ? <OocFlag /> : '') },
      ];
    case 'fields':
      return [
        { key: 'fieldKey', render: (r) => label.get(r.fieldKey) ?? r.fieldKey },
        ...day,
        n('keyed'),
        n('errors'),
        ci('errorRate'),
        ...pending,
        n('compared'),
        n('discrepancies'),
        p('discrepancyRate'),
      ];
    case 'areas':
      return [
        ...(level === 'BATCH' ? [{ key: 'batchCode', render: (r: Row) => r.batchCode }] : []),
        ...(level === 'BATCH' || level === 'DISTRICT' ? [{ key: 'district', render: (r: Row) => r.district }] : []),
        ...(level !== 'ALL' ? [{ key: 'provinceCode', label: 'dk.quality.col.province', render: (r: Row) => provinceLabel(r.provinceCode) }] : []),
        ...day,
        n('forms'),
        n('compared'),
        p('discrepancyRate'),
        p('errorRate'),
        ...pending,
        p('agreementRate'),
        n('autoVerified'),
        n('reviewVerified'),
        n('done'),
        p('progress'),
        ...(byDay ? [] : [n('openTasks')]),
      ];
    case 'reviewers':
      return [
        { key: 'reviewerId', label: 'dk.quality.col.reviewer', render: reviewerLabel },
        ...day,
        n('tasksResolved'),
        n('fieldsResolved'),
        n('escalated'),
        n('rejected'),
        { key: 'medianSecondsToResolve', num: true, render: (r) => f.secs(r.medianSecondsToResolve) },
        { key: 'p90SecondsToResolve', num: true, render: (r) => f.secs(r.p90SecondsToResolve) },
        p('agreedFirstRate'),
        p('agreedSecondRate'),
        p('agreedNeitherRate'),
        n('spotChecks'),
        n('spotCorrections'),
      ];
    case 'agreement':
      return [
        { key: 'keyerA', render: (r) => r.keyerA },
        { key: 'keyerB', render: (r) => r.keyerB },
        ...day,
        n('forms'),
        n('fieldsCompared'),
        n('fieldsAgreed'),
        p('agreementRate'),
      ];
  }
}

const OocFlag = () => {
  const translate = useTranslate();
  return (
    <Typography component="span" variant="caption" sx={{ color: 'error.main', fontWeight: 700 }}>
      {translate('dk.reports.out_of_control')}
    </Typography>
  );
};

export const ReportsPage = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const f = useFormat();
  const [params, setParams] = useSearchParams();
  const tab: ReportTab = (REPORT_TABS as readonly string[]).includes(params.get('tab') ?? '') ? (params.get('tab') as ReportTab) : 'keyers';
  const byDay = params.get('byDay') === '1';
  const level: AreaLevel = (LEVELS as readonly string[]).includes(params.get('level') ?? '') ? (params.get('level') as AreaLevel) : 'BATCH';
  const filter = cleanFilter({ from: params.get('from') ?? '', to: params.get('to') ?? '', batchId: params.get('batchId') ?? '', provinceCode: params.get('provinceCode') ?? '' });
  const filterKey = JSON.stringify(filter);
  const set = (k: string, v: string) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (v) next.set(k, v);
        else next.delete(k);
        return next;
      },
      { replace: true },
    );

  // Through useDataProvider: an access denial signs out. No retries: a refusal shows at once.
  const dataProvider = useDataProvider<DualkeyDataProvider>();
  // Only ids and codes for the filter (the batches list would compute every batch's progress).
  const batches =
    useQuery({
      queryKey: ['reports', 'batches'],
      queryFn: () => dataProvider.query(REPORT_BATCHES).then((r) => r.data.batches.items),
      retry: false,
    }).data ?? [];

  // The previous table stays on screen (under the progress bar) while the next one loads.
  const report = useQuery({
    queryKey: ['reports', tab, byDay, level, filterKey],
    queryFn: () =>
      dataProvider
        .query(REPORT[tab], { filter: JSON.parse(filterKey), byDay, ...(tab === 'areas' ? { level } : {}), ...(byDay ? { sortField: 'day', sortOrder: 'ASC' } : {}) })
        .then((r) => r.data.report),
    placeholderData: keepPreviousData,
    retry: false,
  });
  const data = report.error ? null : (report.data ?? null);
  const error = report.error?.message ?? null;
  const loading = report.isFetching;

  const columns = useColumns(tab, byDay, level);
  const fields = useTemplateFields();
  // While the next tab loads, the table shows the previous rows: the chart keeps its previous drawing.
  const shown = useRef<Series | null>(null);
  const placeholder = report.isPlaceholderData;
  const series = useMemo(() => {
    if (placeholder) return shown.current;
    const fieldLabel = new Map(fields.map((x) => [x.key, f.locale === 'en' ? x.labelEn : x.labelVi]));
    const name = (r: Row): string => {
      switch (tab) {
        case 'keyers':
          return r.keyerCode;
        case 'fields':
          return fieldLabel.get(r.fieldKey) ?? r.fieldKey;
        case 'areas':
          if (level === 'BATCH') return r.batchCode;
          if (level === 'DISTRICT') return `${r.district} (${PROVINCE_NAME_BY_CODE[r.provinceCode] ?? r.provinceCode})`;
          if (level === 'PROVINCE') return PROVINCE_NAME_BY_CODE[r.provinceCode] ?? r.provinceCode;
          return translate('dk.quality.chart.all_areas');
        case 'reviewers':
          return r.reviewerName ?? `#${r.reviewerId}`;
        default:
          return `${r.keyerA}–${r.keyerB}`;
      }
    };
    return reportSeries(tab, data?.items ?? [], byDay, name, translate);
  }, [data, placeholder, tab, byDay, level, fields, f.locale, translate]);
  shown.current = series;
  const [downloading, setDownloading] = useState(false);
  const download = async () => {
    setDownloading(true);
    try {
      const { data: d } = await dataProvider.query(REPORT_CSV, {
        report: CSV_NAME[tab],
        filter,
        byDay,
        level: tab === 'areas' ? level : 'BATCH',
      });
      // Signed out on an access denial: the answer is empty and nothing is saved.
      // The server's CSV is guarded against formulas already (server/src/domain/csv.ts).
      if (d.reportCsv !== undefined) downloadCsv(d.reportCsv, `dualkey-${tab}${tab === 'areas' ? `-${level.toLowerCase()}` : ''}${byDay ? '-by-day' : ''}-${isoDay(new Date())}`);
    } catch (e) {
      notify(e instanceof Error ? e.message : String(e), { type: 'error' });
    } finally {
      setDownloading(false);
    }
  };

  return (
    // Inline-size containment: the wide table scrolls inside its card instead of widening the page
    // (and the app bar with it) past the window.
    <Box sx={{ pt: 2, contain: 'inline-size', minWidth: 0 }} data-testid="reports-page">
      <Title title={translate('dk.reports.title')} />
      <Card>
        <Tabs value={tab} onChange={(_, v) => set('tab', v)} variant="scrollable" sx={{ borderBottom: 1, borderColor: 'divider', px: 1 }}>
          {REPORT_TABS.map((t) => (
            <Tab key={t} value={t} label={translate(`dk.reports.tabs.${t}`)} data-testid={`report-tab-${t}`} />
          ))}
        </Tabs>
        <Stack direction="row" useFlexGap sx={{ flexWrap: 'wrap', gap: 1.5, alignItems: 'center', p: 2 }}>
          <TextField fullWidth={false} size="small" type="date" label={translate('dk.reports.from')} value={params.get('from') ?? ''} onChange={(e) => set('from', e.target.value)} slotProps={{ inputLabel: { shrink: true } }} sx={{ width: 170 }} />
          <TextField fullWidth={false} size="small" type="date" label={translate('dk.reports.to')} value={params.get('to') ?? ''} onChange={(e) => set('to', e.target.value)} slotProps={{ inputLabel: { shrink: true } }} sx={{ width: 170 }} />
          <TextField fullWidth={false} select size="small" label={translate('dk.reports.batch')} value={params.get('batchId') ?? ''} onChange={(e) => set('batchId', e.target.value)} sx={{ width: 200 }}>
            <MenuItem value="">{translate('dk.common.all')}</MenuItem>
            {batches.map((b) => (
              <MenuItem key={b.id} value={b.id}>
                {b.code}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            size="small"
            label={translate('dk.reports.province')}
            value={params.get('provinceCode') ?? ''}
            onChange={(e) => set('provinceCode', e.target.value.replace(/\D/g, '').slice(0, 3))}
            sx={{ width: 120 }}
            placeholder="001"
          />
          {tab === 'areas' && (
            <TextField fullWidth={false} select size="small" label={translate('dk.reports.level')} value={level} onChange={(e) => set('level', e.target.value)} sx={{ width: 170 }}>
              {LEVELS.map((l) => (
                <MenuItem key={l} value={l}>
                  {translate(`dk.reports.levels.${l}`)}
                </MenuItem>
              ))}
            </TextField>
          )}
          <FormControlLabel control={<Checkbox checked={byDay} onChange={(e) => set('byDay', e.target.checked ? '1' : '')} />} label={translate('dk.reports.by_day')} />
          <Box sx={{ flex: 1 }} />
          <Button variant="outlined" startIcon={<DownloadIcon />} onClick={download} disabled={downloading} data-testid="report-download-csv">
            {translate('dk.reports.download_csv')}
          </Button>
        </Stack>
        {loading ? <LinearProgress /> : <Box sx={{ height: 4 }} />}
        {error && (
          <Alert severity="error" sx={{ m: 2 }}>
            {error}
          </Alert>
        )}
        {tab === 'agreement' && data?.overall && (
          <Typography variant="body2" sx={{ px: 2, pt: 1 }}>
            {translate('dk.reports.overall_agreement', {
              rate: f.pct(data.overall.agreementRate),
              forms: f.int(data.overall.forms),
              fields: f.int(data.overall.fieldsCompared),
            })}
          </Typography>
        )}
        {series && <ReportChart tab={tab} series={series} f={f} />}
        <TableContainer sx={{ maxHeight: 'calc(100vh - 300px)' }}>
          <Table size="small" stickyHeader data-testid={`report-table-${tab}`}>
            <TableHead>
              <TableRow>
                {columns.map((c) => (
                  <TableCell key={c.key} align={c.num ? 'right' : 'left'} sx={{ whiteSpace: 'nowrap', fontWeight: 600 }}>
                    {translate(c.label ?? `dk.reports.col.${c.key}`)}
                  </TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {(data?.items ?? []).map((r, i) => (
                <TableRow key={i} hover>
                  {columns.map((c) => (
                    <TableCell key={c.key} align={c.num ? 'right' : 'left'} sx={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
                      {c.render(r)}
                    </TableCell>
                  ))}
                </TableRow>
              ))}
              {data && data.items.length === 0 && (
                <TableRow>
                  <TableCell colSpan={columns.length}>
                    <Typography variant="body2" color="text.secondary">
                      {translate('dk.reports.empty')}
                    </Typography>
                  </TableCell>
                </TableRow>
              )}
            </TableBody>
          </Table>
        </TableContainer>
        {data && data.total > data.items.length && (
          <Typography variant="caption" color="text.secondary" sx={{ display: 'block', p: 1.5 }}>
            {translate('dk.reports.truncated', { shown: f.int(data.items.length), total: f.int(data.total) })}
          </Typography>
        )}
      </Card>
    </Box>
  );
};
