import KeyboardIcon from '@mui/icons-material/KeyboardAltOutlined';
import { Box, Button, Card, CardContent, Stack, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { Link, useTranslate } from 'react-admin';
import { useFormat } from '../reports/format';
import { keyingFigures, type KeyingFigures } from './keyingApi';

const Figure = ({ label, value, testId }: { label: string; value: string; testId: string }) => (
  <Box sx={{ minWidth: 90 }}>
    <Typography variant="caption" color="text.secondary" sx={{ textTransform: 'uppercase', letterSpacing: 0.3, fontWeight: 600, display: 'block', lineHeight: 1.2 }}>
      {label}
    </Typography>
    <Typography variant="h6" data-testid={testId} sx={{ fontVariantNumeric: 'tabular-nums', lineHeight: 1.3 }}>
      {value}
    </Typography>
  </Box>
);

/** The clerk's own figures: forms keyed today and this week, median time per form, error rate once reviewed. */
export const KeyerFigures = ({ figures, compact }: { figures: KeyingFigures | null; compact?: boolean }) => {
  const translate = useTranslate();
  const f = useFormat();
  const none = translate('dk.keying.figures.none');
  const seconds = (s: number | null | undefined) => (s == null ? none : f.secs(s));
  const rate = figures?.errorRate == null ? none : f.pct(figures.errorRate);
  return (
    <Stack direction="row" spacing={compact ? 2 : 3} data-testid="keyer-figures" sx={{ flexWrap: 'wrap' }}>
      <Figure testId="figure-today" label={translate('dk.keying.figures.today')} value={figures ? f.int(figures.keyedToday) : '…'} />
      <Figure testId="figure-week" label={translate('dk.keying.figures.week')} value={figures ? f.int(figures.keyedThisWeek) : '…'} />
      <Figure testId="figure-median" label={translate('dk.keying.figures.median')} value={figures ? seconds(figures.medianSecondsThisWeek) : '…'} />
      <Figure testId="figure-error-rate" label={translate('dk.keying.figures.error_rate', { n: figures?.reviewedForms ?? 0 })} value={figures ? rate : '…'} />
    </Stack>
  );
};

/** A clerk's dashboard: their figures and the way to the keying screen. */
export const KeyerDashboard = () => {
  const translate = useTranslate();
  const [figures, setFigures] = useState<KeyingFigures | null>(null);
  useEffect(() => {
    let live = true;
    keyingFigures().then(
      (x) => live && setFigures(x),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  return (
    <Card sx={{ maxWidth: 760 }}>
      <CardContent>
        <Stack spacing={2}>
          <KeyerFigures figures={figures} />
          <Typography variant="body2" color="text.secondary">
            {translate('dk.keying.figures.hint')}
          </Typography>
          <Box>
            <Button component={Link} to="/key" variant="contained" size="large" startIcon={<KeyboardIcon />} data-testid="start-keying">
              {translate('dk.keying.start')}
            </Button>
          </Box>
        </Stack>
      </CardContent>
    </Card>
  );
};
