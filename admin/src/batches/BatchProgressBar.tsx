import { Box, Tooltip, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

interface Progress {
  forms: number;
  awaitingKeyings: number;
  onePassKeyed: number;
  inReview: number;
  autoVerified: number;
  verified: number;
}

const PARTS: { key: keyof Progress; color: string }[] = [
  { key: 'autoVerified', color: '#2e7d32' },
  { key: 'verified', color: '#66bb6a' },
  { key: 'inReview', color: '#f59e0b' },
  { key: 'onePassKeyed', color: '#60a5fa' },
  { key: 'awaitingKeyings', color: '#cbd5e1' },
];

/** A stacked bar of the batch's forms by status, with the done share as a number. */
export const BatchProgressBar = ({ progress: given, width = 180 }: { progress?: Progress; width?: number | string; label?: string; sortable?: boolean }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const p = given ?? (record?.progress as Progress | undefined);
  if (!p) return null;
  const done = p.autoVerified + p.verified;
  const pct = p.forms ? Math.round((done / p.forms) * 100) : 0;
  const tip = PARTS.map((x) => `${translate(`resources.batches.fields.progress.${x.key}`)}: ${p[x.key]}`).join(' · ');
  return (
    <Tooltip title={tip}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, minWidth: width }}>
        <Box sx={{ display: 'flex', flex: 1, height: 8, borderRadius: 4, overflow: 'hidden', bgcolor: 'action.hover' }}>
          {p.forms > 0 && PARTS.map((x) => (p[x.key] ? <Box key={x.key} sx={{ width: `${(p[x.key] / p.forms) * 100}%`, bgcolor: x.color }} /> : null))}
        </Box>
        <Typography variant="caption" sx={{ minWidth: 70, textAlign: 'right', color: 'text.secondary' }}>
          {done}/{p.forms} · {pct}%
        </Typography>
      </Box>
    </Tooltip>
  );
};
