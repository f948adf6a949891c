import VerifiedIcon from '@mui/icons-material/VerifiedOutlined';
import { Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { MONO_STACK } from '../theme';
import { graphql } from '../gql';
import type { ManifestFieldsFragment } from '../gql/graphql';
import { formatDateTime } from '../common/dates';

graphql(`fragment ManifestFields on ExportManifest {
  batch directory exportedAt exportedBy files { name bytes sha256 } manifestSha256 recordCount rejectedForms templateCode templateVersion
}`);

export type ExportManifest = ManifestFieldsFragment;

const mono = { fontFamily: MONO_STACK, fontSize: '0.78rem', wordBreak: 'break-all' } as const;

/** What a handover wrote, with the checksums the receiving side verifies the files against. */
export const ManifestDialog = ({ manifest, first, onClose }: { manifest: ExportManifest | null; first: boolean; onClose: () => void }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!manifest) return null;
  const n = (v: number) => v.toLocaleString(locale === 'en' ? 'en-GB' : 'vi-VN');
  const rows: [string, React.ReactNode][] = [
    ['batch', <b key="b">{manifest.batch}</b>],
    ['template', `${manifest.templateCode} v${manifest.templateVersion}`],
    ['recordCount', n(manifest.recordCount)],
    ['rejectedForms', n(manifest.rejectedForms)],
    ['exportedAt', formatDateTime(manifest.exportedAt, locale)],
    ['exportedBy', manifest.exportedBy],
    ['directory', <Box key="d" component="span" sx={mono}>{manifest.directory}</Box>],
    ['manifestSha256', <Box key="s" component="span" sx={mono} data-testid="manifest-sha256">{manifest.manifestSha256}</Box>],
  ];
  return (
    <Dialog open onClose={onClose} maxWidth="md" fullWidth data-testid="manifest-dialog">
      <DialogTitle sx={{ pb: 0.5 }}>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <VerifiedIcon color="success" />
          <span>{translate(first ? 'dk.batches.handed_over_title' : 'dk.batches.manifest_title', { batch: manifest.batch })}</span>
        </Stack>
      </DialogTitle>
      <DialogContent>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
          {translate(first ? 'dk.batches.handed_over_hint' : 'dk.batches.manifest_hint')}
        </Typography>
        <Table size="small" sx={{ mb: 2 }}>
          <TableBody>
            {rows.map(([k, v]) => (
              <TableRow key={k}>
                <TableCell sx={{ width: 200, color: 'text.secondary' }}>{translate(`dk.batches.manifest.${k}`)}</TableCell>
                <TableCell>{v}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        <Typography variant="subtitle2" sx={{ mb: 0.5 }}>
          {translate('dk.batches.manifest.files')}
        </Typography>
        <Table size="small" data-testid="manifest-files">
          <TableHead>
            <TableRow>
              <TableCell>{translate('dk.batches.manifest.file')}</TableCell>
              <TableCell align="right">{translate('dk.batches.manifest.bytes')}</TableCell>
              <TableCell>SHA-256</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {manifest.files.map((f) => (
              <TableRow key={f.name}>
                <TableCell sx={{ ...mono, wordBreak: 'normal', whiteSpace: 'nowrap' }}>{f.name}</TableCell>
                <TableCell align="right" sx={{ fontVariantNumeric: 'tabular-nums' }}>{n(f.bytes)}</TableCell>
                <TableCell sx={mono}>{f.sha256}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button variant="contained" onClick={onClose} data-testid="manifest-close">
          {translate('ra.action.close')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
