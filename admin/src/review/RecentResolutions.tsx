import { Alert, Box, Card, CardContent, Skeleton, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Link, useLocaleState, useTranslate } from 'react-admin';
import { sessionUser } from '../authProvider';
import { formatDateTime } from '../common/dates';
import { recentResolutions } from './reopenApi';
import { ReopenButton } from './ReopenButton';

/**
 * The reviewer's last resolutions, newest first, each reopenable until its batch is handed over:
 * where a slip noticed later (after the next form, after a break) is put right.
 */
export const RecentResolutions = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const me = sessionUser();
  const { data, error, isPending, refetch } = useQuery({ queryKey: ['recentResolutions', me?.id], queryFn: () => recentResolutions(me!.id), enabled: Boolean(me), retry: false });
  const time = (iso: string) => formatDateTime(iso, locale);
  return (
    <Card sx={{ maxWidth: 720 }} data-testid="recent-resolutions">
      <CardContent sx={{ pb: 1 }}>
        <Typography variant="h6">{translate('dk.reviewux.recent_title')}</Typography>
        <Typography variant="caption" color="text.secondary">
          {translate('dk.reviewux.recent_hint')}
        </Typography>
      </CardContent>
      {error && <Alert severity="error">{translate('dk.dashboard.load_error')}: {error.message}</Alert>}
      {isPending && me ? (
        <Box sx={{ px: 2, pb: 2 }}>
          <Skeleton />
          <Skeleton />
        </Box>
      ) : data && data.items.length ? (
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{translate('dk.reviewux.form')}</TableCell>
              <TableCell>{translate('dk.reviewux.batch')}</TableCell>
              <TableCell>{translate('dk.reviewux.resolved_at')}</TableCell>
              <TableCell align="right" />
            </TableRow>
          </TableHead>
          <TableBody>
            {data.items.map((t) => (
              <TableRow key={t.id} data-testid={`recent-${t.form.formNumber}`} hover>
                <TableCell>
                  <Link to={`/correctionTasks/${t.id}/show`}>{t.form.formNumber}</Link>
                </TableCell>
                <TableCell>{t.batch.code}</TableCell>
                <TableCell>{t.resolvedAt ? time(t.resolvedAt) : '—'}</TableCell>
                <TableCell align="right" sx={{ py: 0 }}>
                  {t.canReopen ? (
                    <ReopenButton taskId={t.id} formNumber={t.form.formNumber} own onDone={() => void refetch()} />
                  ) : (
                    <Typography variant="caption" color="text.disabled">
                      {translate('dk.reviewux.handed_over')}
                    </Typography>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : (
        !error && (
          <Typography variant="body2" color="text.secondary" sx={{ px: 2, pb: 2 }}>
            {translate('dk.reviewux.recent_empty')}
          </Typography>
        )
      )}
    </Card>
  );
};
