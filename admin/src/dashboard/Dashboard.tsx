import { Box, Button, Card, CardActionArea, CardContent, Skeleton, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { type ReactNode } from 'react';
import { Link, useDataProvider, useGetList, useTranslate } from 'react-admin';
import { BatchProgressBar } from '../batches/BatchProgressBar';
import { EnumText } from '../common/fields';
import { LoadFailed } from '../common/LoadFailed';
import type { DualkeyDataProvider } from '../dataProvider';
import { graphql } from '../gql';
import type { ManagerOverviewQuery } from '../gql/graphql';
import { reportLink } from '../reports/ReportsPage';
import { daysAgo, startOfWeek, useFormat } from '../reports/format';
import { QualityCharts, useQuality } from './QualityCharts';

const MANAGER_OVERVIEW = graphql(`query ManagerOverview {
  openTasks: correctionTasks(filter: { status: OPEN }, perPage: 1, sortField: createdAt, sortOrder: ASC) { total items { id createdAt } }
  claimedTasks: correctionTasks(filter: { status: CLAIMED }, perPage: 1) { total }
  escalatedTasks: correctionTasks(filter: { status: ESCALATED }, perPage: 1) { total }
  inReview: forms(filter: { status: IN_REVIEW }, perPage: 1) { total }
  verified: forms(filter: { status: VERIFIED }, perPage: 1) { total }
  autoVerified: forms(filter: { status: AUTO_VERIFIED }, perPage: 1) { total }
  allForms: forms(perPage: 1) { total }
  openDiscrepancies: discrepancies(filter: { resolved: false }, perPage: 1) { total }
  batches(perPage: 6, sortField: createdAt, sortOrder: DESC) {
    total
    items { id code district commune status progress { forms awaitingKeyings onePassKeyed inReview autoVerified verified } }
  }
}`);

/** Nine lists in one request: react-admin's useGetList would make as many round trips. */
const useManagerOverview = () => {
  const dataProvider = useDataProvider<DualkeyDataProvider>();
  return useQuery({ queryKey: ['dashboard', 'overview'], queryFn: () => dataProvider.query(MANAGER_OVERVIEW).then((r) => r.data), retry: false });
};

/** Only a list's total: one row asked for, none used. */
const ONE_ROW = { pagination: { page: 1, perPage: 1 } };

const listLink = (resource: string, filter: Record<string, unknown>) => `/${resource}?filter=${encodeURIComponent(JSON.stringify(filter))}`;

const StatCard = ({ label, value, to, tone, hint, testId }: { label: string; value: number | string | undefined; to?: string; tone?: string; hint?: ReactNode; testId: string }) => {
  const f = useFormat();
  const body = (
    <CardContent sx={{ py: 1.5, '&:last-child': { pb: 1.5 } }}>
      <Typography variant="caption" color="text.secondary" sx={{ textTransform: 'uppercase', letterSpacing: 0.4, fontWeight: 600 }}>
        {label}
      </Typography>
      <Typography variant="h4" data-testid={testId} sx={{ fontWeight: 600, color: tone, fontVariantNumeric: 'tabular-nums', lineHeight: 1.3 }}>
        {value === undefined ? <Skeleton width={60} /> : typeof value === 'number' ? f.int(value) : value}
      </Typography>
      {hint && (
        <Typography variant="caption" color="text.secondary">
          {hint}
        </Typography>
      )}
    </CardContent>
  );
  return (
    <Card sx={{ borderTop: 3, borderTopColor: tone ?? 'divider' }}>
      {to ? (
        <CardActionArea component={Link} to={to}>
          {body}
        </CardActionArea>
      ) : (
        body
      )}
    </Card>
  );
};

/** The managers' and administrators' home: figures, charts and recent batches (loaded on demand, with the charts). */
export const ManagerDashboard = () => {
  const translate = useTranslate();
  const f = useFormat();
  const { data, error, refetch } = useManagerOverview();
  const quality = useQuality();
  const week = quality.data?.week.items[0];
  const today = quality.data?.today.items[0];
  // A figure that failed to load is "—", never a zero or an endless placeholder.
  const verifiedToday = quality.data ? (today?.autoVerified ?? 0) + (today?.reviewVerified ?? 0) : quality.error ? '—' : undefined;
  const oldest = data?.openTasks.items[0];
  const weekRate = quality.data ? f.pct(week?.errorRate) : quality.error ? '—' : undefined;
  const t = (k: Exclude<keyof ManagerOverviewQuery, 'batches'>) => data?.[k].total ?? (error ? '—' : undefined);
  const n = (k: Exclude<keyof ManagerOverviewQuery, 'batches'>) => data?.[k].total ?? 0;
  const decided = n('autoVerified') + n('verified');
  // Unrounded: the percentage format rounds it once (rounded here first, 189/245 showed 77,10%).
  const rate = data && decided ? n('autoVerified') / decided : null;
  const failed = error ?? quality.error;
  return (
    <Stack spacing={2}>
      {failed && (
        <LoadFailed
          error={failed}
          testId="dashboard-load-failed"
          retry={() => {
            if (error) void refetch();
            if (quality.error) void quality.refetch();
          }}
        />
      )}
      <Box sx={{ display: 'grid', gap: 1.5, gridTemplateColumns: 'repeat(auto-fill, minmax(190px, 1fr))' }}>
        <StatCard
          testId="stat-verified-today"
          label={translate('dk.dashboard.verified_today')}
          value={verifiedToday}
          tone="#15803d"
          to={reportLink('areas', { level: 'ALL', from: daysAgo(0), to: daysAgo(0) })}
          hint={today ? translate('dk.dashboard.verified_today_split', { auto: f.int(today.autoVerified), review: f.int(today.reviewVerified) }) : undefined}
        />
        <StatCard
          testId="stat-oldest-open-task"
          label={translate('dk.dashboard.oldest_open_task')}
          value={data ? (oldest ? f.age(oldest.createdAt) : '—') : error ? '—' : undefined}
          tone="#b45309"
          to={oldest ? `/correctionTasks/${oldest.id}/show` : undefined}
          hint={oldest ? f.dateTime(oldest.createdAt) : undefined}
        />
        <StatCard testId="stat-open-tasks" label={translate('dk.dashboard.open_tasks')} value={t('openTasks')} tone="#b45309" to={listLink('correctionTasks', { status: 'OPEN' })} />
        <StatCard testId="stat-claimed-tasks" label={translate('dk.dashboard.claimed_tasks')} value={t('claimedTasks')} tone="#2563eb" to={listLink('correctionTasks', { status: 'CLAIMED' })} />
        <StatCard testId="stat-escalated-tasks" label={translate('dk.dashboard.escalated_tasks')} value={t('escalatedTasks')} tone="#dc2626" to={listLink('correctionTasks', { status: 'ESCALATED' })} />
        <StatCard testId="stat-in-review" label={translate('dk.dashboard.in_review')} value={t('inReview')} tone="#d97706" to={listLink('forms', { status: 'IN_REVIEW' })} />
        <StatCard testId="stat-verified" label={translate('dk.dashboard.verified')} value={t('verified')} tone="#15803d" to={listLink('forms', { status: 'VERIFIED' })} />
        <StatCard
          testId="stat-auto-verified"
          label={translate('dk.dashboard.auto_verified')}
          value={t('autoVerified')}
          tone="#166534"
          to={listLink('forms', { status: 'AUTO_VERIFIED' })}
          hint={rate != null ? `${translate('dk.dashboard.auto_rate')}: ${f.pct(rate)}` : undefined}
        />
        <StatCard testId="stat-open-discrepancies" label={translate('dk.dashboard.open_discrepancies')} value={t('openDiscrepancies')} tone="#9333ea" to={listLink('discrepancies', { resolved: false })} />
        <StatCard testId="stat-all-forms" label={translate('dk.dashboard.all_forms')} value={t('allForms')} to="/forms" />
        <StatCard
          testId="stat-error-rate-week"
          label={translate('dk.dashboard.error_rate_week')}
          value={weekRate}
          tone="#be123c"
          to={reportLink('areas', { level: 'ALL', from: startOfWeek() })}
          hint={
            week ? (
              <>
                {translate('dk.dashboard.errors_of_fields', { errors: f.int(week.errors), fields: f.int(week.fieldsKeyed) })}
                {/* Errors are charged when a task is resolved: what still waits is shown, so an unreviewed week never looks perfect. */}
                {(week.pendingFields ?? 0) > 0 && (
                  <Box component="span" data-testid="stat-error-rate-week-pending" title={translate('dk.quality.pending.hint', { count: f.int(week.pendingFields) })} sx={{ display: 'block', color: 'warning.dark', fontWeight: 600 }}>
                    {translate('dk.quality.pending.short', { count: f.int(week.pendingFields) })}
                  </Box>
                )}
              </>
            ) : undefined
          }
        />
      </Box>
      <QualityCharts data={quality.data ?? null} failed={Boolean(quality.error)} />
      <Card>
        <Stack direction="row" sx={{ alignItems: 'center', px: 2, py: 1.2 }}>
          <Typography variant="h6" sx={{ flex: 1 }}>
            {translate('dk.dashboard.recent_batches')}
          </Typography>
          <Button component={Link} to="/batches">
            {translate('dk.dashboard.view_all')}
          </Button>
        </Stack>
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{translate('resources.batches.fields.code')}</TableCell>
              <TableCell>{translate('resources.batches.fields.district')}</TableCell>
              <TableCell>{translate('resources.batches.fields.commune')}</TableCell>
              <TableCell>{translate('resources.batches.fields.status')}</TableCell>
              <TableCell sx={{ width: '34%' }}>{translate('dk.dashboard.batch_progress')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {(data?.batches?.items ?? []).map((b) => (
              <TableRow key={b.id} hover>
                <TableCell>
                  <Link to={`/batches/${b.id}/show`}>{b.code}</Link>
                </TableCell>
                <TableCell>{b.district}</TableCell>
                <TableCell>{b.commune}</TableCell>
                <TableCell>
                  <EnumText enumName="BatchStatus" value={b.status} />
                </TableCell>
                <TableCell>
                  <BatchProgressBar progress={b.progress} width="100%" />
                </TableCell>
              </TableRow>
            ))}
            {!data &&
              !error &&
              [0, 1, 2].map((i) => (
                <TableRow key={i}>
                  <TableCell colSpan={5}>
                    <Skeleton />
                  </TableCell>
                </TableRow>
              ))}
          </TableBody>
        </Table>
      </Card>
    </Stack>
  );
};

/** The data consumers' home (loaded on demand). */
export const ConsumerDashboard = () => {
  const translate = useTranslate();
  const { total, error, refetch } = useGetList('verifiedRecords', ONE_ROW, { retry: false });
  return (
    <Stack spacing={2} sx={{ maxWidth: 720 }}>
      {error && <LoadFailed error={error} retry={refetch} testId="dashboard-load-failed" />}
      <Box sx={{ maxWidth: 280 }}>
        <StatCard testId="stat-records" label={translate('dk.dashboard.verified_records')} value={total ?? (error ? '—' : undefined)} tone="#15803d" to="/verifiedRecords" />
      </Box>
      <Typography variant="body2" color="text.secondary">
        {translate('dk.dashboard.consumer_hint')}
      </Typography>
    </Stack>
  );
};
