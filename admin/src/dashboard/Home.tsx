import PlayIcon from '@mui/icons-material/PlayArrowRounded';
import { Alert, Box, Button, Card, CardContent, LinearProgress, Skeleton, Stack, Typography } from '@mui/material';
import { lazy, Suspense } from 'react';
import { Link, Title, useGetIdentity, useGetList, usePermissions, useTranslate } from 'react-admin';
import { LoadFailed } from '../common/LoadFailed';
import { useFormat } from '../reports/format';
import { canKey, canManage, canReview } from '../roles';
import { RecentResolutions } from '../review/RecentResolutions';

// The managers' figures and charts (recharts) and the consumers' card load only for those roles:
// a reviewer's first screen is this file and the queue size.
const ManagerDashboard = lazy(() => import('./Dashboard').then((m) => ({ default: m.ManagerDashboard })));
const ConsumerDashboard = lazy(() => import('./Dashboard').then((m) => ({ default: m.ConsumerDashboard })));
const KeyerDashboard = lazy(() => import('../keying/KeyerFigures').then((m) => ({ default: m.KeyerDashboard })));

const ReviewerDashboard = () => {
  const translate = useTranslate();
  const f = useFormat();
  const { total, error, refetch } = useGetList('correctionTasks', { pagination: { page: 1, perPage: 1 }, filter: { status: 'OPEN' } }, { retry: false });
  return (
    <Card sx={{ maxWidth: 720 }}>
      <CardContent sx={{ p: 4 }}>
        <Stack spacing={2} sx={{ alignItems: 'flex-start' }}>
          {error && <LoadFailed error={error} retry={refetch} testId="dashboard-load-failed" />}
          {!error && (
            <Typography variant="h5" data-testid="stat-open-tasks">
              {total !== undefined ? translate('dk.dashboard.queue_size', { count: f.int(total) }) : <Skeleton width={260} />}
            </Typography>
          )}
          <Typography variant="body2" color="text.secondary">
            {translate('dk.dashboard.reviewer_hint')}
          </Typography>
          <Button
            data-testid="start-reviewing"
            component={Link}
            to="/review"
            variant="contained"
            size="large"
            startIcon={<PlayIcon />}
            sx={{ px: 4, py: 1.5, fontSize: '1.05rem' }}
          >
            {translate('dk.dashboard.start_reviewing')}
          </Button>
        </Stack>
      </CardContent>
    </Card>
  );
};

/** The home screen, one per role. */
export const Dashboard = () => {
  const translate = useTranslate();
  const { permissions, isPending } = usePermissions();
  const { identity } = useGetIdentity();
  return (
    <Box sx={{ pt: 2 }}>
      <Title title="ra.page.dashboard" />
      <Typography variant="h5" sx={{ mb: 2 }}>
        {identity?.fullName ? translate('dk.dashboard.welcome', { name: identity.fullName }) : '\u00a0'}
      </Typography>
      <Suspense fallback={<LinearProgress />}>
        {isPending ? null : canManage(permissions) ? (
          <ManagerDashboard />
        ) : canReview(permissions) ? (
          <Stack spacing={2}>
            <ReviewerDashboard />
            <RecentResolutions />
          </Stack>
        ) : permissions === 'CONSUMER' ? (
          <ConsumerDashboard />
        ) : canKey(permissions) ? (
          <KeyerDashboard />
        ) : (
          <Alert severity="info">{translate('dk.dashboard.station_hint')}</Alert>
        )}
      </Suspense>
    </Box>
  );
};
