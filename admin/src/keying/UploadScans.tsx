import UploadIcon from '@mui/icons-material/CloudUploadOutlined';
import { Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, LinearProgress, Stack, Table, TableBody, TableCell, TableRow, Typography } from '@mui/material';
import { useRef, useState } from 'react';
import { useRefresh, useTranslate } from 'react-admin';
import { TOKEN_KEY } from '../graphql';

type Status = 'WAITING' | 'UPLOADING' | 'IMPORTED' | 'ALREADY_IMPORTED' | 'REFUSED' | 'FAILED';
interface Row {
  file: File;
  status: Status;
  /** 0..1 of the bytes sent */
  progress: number;
  reason?: string;
}

/** The server's reasons (server/src/domain/scan-file.ts, scan-import.service.ts) in the reader's language; others as sent. */
const REASONS: [RegExp, string, string[]][] = [
  [/^is not an image/, 'not_image', []],
  [/^is (a damaged|an SVG that is not valid)/, 'damaged', []],
  [/^is empty$/, 'empty', []],
  [/^is the same image as form (\S+) of batch (\S+)/, 'duplicate', ['form', 'batch']],
  [/^form (\S+) of batch \S+ already has a different scan$/, 'different', ['form']],
  [/^is ([\d.]+ MB), more than/, 'too_large', ['size']],
  [/^is larger than the ([\d.]+ MB)/, 'too_large', ['size']],
  [/^is named \.(\w+) but holds a (\w+) image$/, 'wrong_ending', ['named', 'actual']],
  [/^(has no file ending|does not name a form number)/, 'no_number', []],
];

function reasonText(reason: string, translate: (k: string, a?: Record<string, unknown>) => string): string {
  for (const [re, key, names] of REASONS) {
    const m = re.exec(reason);
    if (!m) continue;
    return translate(`dk.keying.upload.reasons.${key}`, Object.fromEntries(names.map((n, i) => [n, m[i + 1]])));
  }
  return reason;
}

/** One file, PUT as its own body: the browser reports the bytes sent, the server the file's outcome. */
function upload(batchCode: string, file: File, onProgress: (p: number) => void): Promise<{ status: Status; reason?: string }> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open('PUT', `/scans/${encodeURIComponent(batchCode)}/${encodeURIComponent(file.name)}`);
    const token = localStorage.getItem(TOKEN_KEY);
    if (token) xhr.setRequestHeader('authorization', `Bearer ${token}`);
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
    xhr.onload = () => {
      try {
        const body = JSON.parse(xhr.responseText) as { status?: Status; reason?: string; errors?: { message: string }[] };
        if (body.status) resolve({ status: body.status, reason: body.reason });
        else resolve({ status: 'REFUSED', reason: body.errors?.[0]?.message ?? `HTTP ${xhr.status}` });
      } catch {
        resolve({ status: 'FAILED', reason: `HTTP ${xhr.status}` });
      }
    };
    xhr.onerror = () => resolve({ status: 'FAILED' });
    xhr.send(file);
  });
}

/**
 * Admins register a batch's scans from the batch page: several files, each uploaded on its own
 * with its progress and its outcome (refused files say why: not an image, too large, a duplicate).
 */
export const UploadScansButton = ({ batchCode }: { batchCode: string }) => {
  const translate = useTranslate();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const [rows, setRows] = useState<Row[]>([]);
  const [running, setRunning] = useState(false);
  const input = useRef<HTMLInputElement | null>(null);

  const set = (i: number, patch: Partial<Row>) => setRows((cur) => cur.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const start = async () => {
    setRunning(true);
    // One at a time: the server seals each file; the list shows where it is.
    for (let i = 0; i < rows.length; i++) {
      if (rows[i].status !== 'WAITING' && rows[i].status !== 'FAILED') continue;
      set(i, { status: 'UPLOADING', progress: 0 });
      const r = await upload(batchCode, rows[i].file, (p) => set(i, { progress: p }));
      set(i, { ...r, progress: 1 });
    }
    setRunning(false);
    refresh();
  };
  const count = (s: Status) => rows.filter((r) => r.status === s).length;
  const done = rows.length > 0 && rows.every((r) => r.status !== 'WAITING' && r.status !== 'UPLOADING');

  return (
    <>
      <Button startIcon={<UploadIcon />} onClick={() => setOpen(true)} data-testid="upload-scans">
        {translate('dk.keying.upload.button')}
      </Button>
      <Dialog open={open} onClose={() => !running && setOpen(false)} maxWidth="md" fullWidth>
        <DialogTitle>{translate('dk.keying.upload.title', { batch: batchCode })}</DialogTitle>
        <DialogContent>
          <Stack spacing={2}>
            <Typography variant="body2" color="text.secondary">
              {translate('dk.keying.upload.hint')}
            </Typography>
            <Box>
              <input
                ref={input}
                type="file"
                multiple
                accept=".png,.jpg,.jpeg,.pdf,.svg,image/png,image/jpeg,application/pdf,image/svg+xml"
                data-testid="upload-scans-input"
                style={{ display: 'none' }}
                onChange={(e) => setRows([...(e.target.files ?? [])].map((file) => ({ file, status: 'WAITING', progress: 0 })))}
              />
              <Button variant="outlined" onClick={() => input.current?.click()} disabled={running}>
                {translate('dk.keying.upload.choose')}
              </Button>
            </Box>
            {rows.length > 0 && (
              <Table size="small" data-testid="upload-scans-table">
                <TableBody>
                  {rows.map((r, i) => (
                    <TableRow key={`${r.file.name}-${i}`} data-testid="upload-row" data-file={r.file.name} data-status={r.status}>
                      <TableCell sx={{ fontFamily: 'monospace' }}>{r.file.name}</TableCell>
                      <TableCell sx={{ width: 160 }}>
                        {r.status === 'UPLOADING' ? <LinearProgress variant="determinate" value={Math.round(r.progress * 100)} /> : translate(`dk.keying.upload.status.${r.status}`)}
                      </TableCell>
                      <TableCell data-testid="upload-reason" data-reason={r.reason ?? ''} sx={{ color: r.status === 'REFUSED' || r.status === 'FAILED' ? 'error.main' : 'text.secondary' }}>
                        {r.reason ? reasonText(r.reason, translate) : ''}
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            )}
            {done && (
              <Alert severity={count('REFUSED') + count('FAILED') ? 'warning' : 'success'} data-testid="upload-summary">
                {translate('dk.keying.upload.summary', { imported: count('IMPORTED'), already: count('ALREADY_IMPORTED'), refused: count('REFUSED') + count('FAILED') })}
              </Alert>
            )}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)} disabled={running}>
            {translate('dk.keying.upload.close')}
          </Button>
          <Button variant="contained" onClick={() => void start()} disabled={running || !rows.some((r) => r.status === 'WAITING' || r.status === 'FAILED')} data-testid="upload-scans-start">
            {translate('dk.keying.upload.start')}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
};
