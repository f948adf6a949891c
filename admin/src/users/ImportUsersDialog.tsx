import DownloadIcon from '@mui/icons-material/DownloadOutlined';
import FileIcon from '@mui/icons-material/UploadFileOutlined';
import {
  Alert,
  AlertTitle,
  Box,
  Button,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  LinearProgress,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useRef, useState } from 'react';
import { Button as RaButton, useLocaleState, useRefresh, useTranslate } from 'react-admin';
import { formatDateTime } from '../common/dates';
import { downloadCsv, toCsv } from '../common/csv';
import { useDescribeError } from '../common/PromptDialog';
import { graphql } from '../gql';
import type { ImportMutation } from '../gql/graphql';
import { gql, reasonKey } from '../graphql';
import { MONO_STACK } from '../theme';

const IMPORT = graphql(`mutation Import($csv: String!) {
  importUsers(csv: $csv) {
    created skipped failed
    problems { line field reason }
    skippedAccounts { line username }
    accounts { id line username displayName role keyerCode oneTimePassword }
    oneTimePasswordsExpireAt
  }
}`);

type ImportResult = ImportMutation['importUsers'];

/** One chosen file's answer: the server's result, or why the whole file was refused. */
interface FileOutcome {
  file: string;
  result?: ImportResult;
  error?: string;
}

const sum = (outcomes: FileOutcome[], key: 'created' | 'skipped' | 'failed') => outcomes.reduce((n, o) => n + (o.result?.[key] ?? 0), 0);

const Count = ({ label, value, color, testId }: { label: string; value: number; color: 'success' | 'default' | 'error'; testId: string }) => (
  <Chip color={value ? color : 'default'} variant={value ? 'filled' : 'outlined'} label={`${label}: ${value}`} data-testid={testId} data-count={value} />
);

/**
 * Accounts from CSV files (header username,displayName,role,keyerCode[,team]), one importUsers call per
 * file in turn. The one-time passwords exist only in this dialog's state: shown once in a table
 * and downloadable as a CSV built in the browser (a Blob); never put in localStorage or a store.
 * Only the explicit button closes the dialog once passwords are on screen.
 */
export const ImportUsersDialog = ({ onClose }: { onClose: () => void }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const describe = useDescribeError();
  const input = useRef<HTMLInputElement>(null);
  const [files, setFiles] = useState<File[]>([]);
  const [progress, setProgress] = useState<{ current: number; total: number; name: string } | null>(null);
  const [outcomes, setOutcomes] = useState<FileOutcome[] | null>(null);

  const run = async () => {
    const done: FileOutcome[] = [];
    for (let i = 0; i < files.length; i++) {
      const f = files[i];
      setProgress({ current: i + 1, total: files.length, name: f.name });
      try {
        const csv = await f.text();
        const data = await gql(IMPORT, { csv });
        done.push({ file: f.name, result: data.importUsers });
      } catch (e) {
        done.push({ file: f.name, error: describe(e) });
      }
    }
    setProgress(null);
    setOutcomes(done);
  };

  const accounts = (outcomes ?? []).flatMap((o) => (o.result?.accounts ?? []).map((a) => ({ ...a, file: o.file })));
  const problems = (outcomes ?? []).flatMap((o) => (o.result?.problems ?? []).map((p) => ({ ...p, file: o.file })));
  const skipped = (outcomes ?? []).flatMap((o) => o.result?.skippedAccounts ?? []);
  // Files imported in turn: the first one's passwords expire first.
  const expiresAt = (outcomes ?? []).map((o) => o.result?.oneTimePasswordsExpireAt).filter((x): x is NonNullable<typeof x> => x != null).map(String).sort()[0];
  const many = files.length > 1;

  const download = () => {
    const csv = toCsv(
      ['username', 'displayName', 'role', 'keyerCode', 'oneTimePassword'],
      accounts.map((a) => [a.username, a.displayName, a.role, a.keyerCode ?? '', a.oneTimePassword]),
    );
    const stamp = new Date().toISOString().slice(0, 16).replace(/[:T]/g, '-');
    downloadCsv(csv, `one-time-passwords-${stamp}`);
  };

  const busy = progress !== null;
  const holdsSecrets = accounts.length > 0;

  return (
    <Dialog open maxWidth="md" fullWidth onClose={() => !busy && !holdsSecrets && onClose()} aria-labelledby="import-users-title" data-testid="import-users-dialog">
      <DialogTitle id="import-users-title">{translate('resources.users.import.title')}</DialogTitle>
      <DialogContent>
        {!outcomes && (
          <>
            <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
              {translate('resources.users.import.intro')}
            </Typography>
            <input
              ref={input}
              type="file"
              accept=".csv,text/csv,text/plain"
              multiple
              hidden
              data-testid="import-users-file"
              onChange={(e) => setFiles(Array.from(e.target.files ?? []))}
            />
            <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
              <Button variant="outlined" startIcon={<FileIcon />} disabled={busy} onClick={() => input.current?.click()}>
                {translate('resources.users.import.choose')}
              </Button>
              {files.length > 0 && (
                <Typography variant="body2" data-testid="import-users-chosen">
                  {translate('resources.users.import.chosen', { smart_count: files.length })}: {files.map((f) => f.name).join(', ')}
                </Typography>
              )}
            </Stack>
            {progress && (
              <Box sx={{ mt: 3 }} data-testid="import-users-progress">
                <Typography variant="body2" sx={{ mb: 1 }}>
                  {translate('resources.users.import.progress', { ...progress })}
                </Typography>
                <LinearProgress variant={progress.total > 1 ? 'determinate' : 'indeterminate'} value={((progress.current - 1) / progress.total) * 100} />
              </Box>
            )}
          </>
        )}
        {outcomes && (
          <Stack spacing={2} data-testid="import-users-result">
            <Stack direction="row" spacing={1}>
              <Count label={translate('resources.users.import.created')} value={sum(outcomes, 'created')} color="success" testId="import-created" />
              <Count label={translate('resources.users.import.skipped')} value={sum(outcomes, 'skipped')} color="default" testId="import-skipped" />
              <Count label={translate('resources.users.import.failed')} value={sum(outcomes, 'failed')} color="error" testId="import-failed" />
            </Stack>
            {outcomes
              .filter((o) => o.error)
              .map((o) => (
                <Alert key={o.file} severity="error" data-testid="import-file-error">
                  {translate('resources.users.import.file_failed', { name: o.file, message: o.error })}
                </Alert>
              ))}
            {problems.length > 0 && (
              <Box>
                <Typography variant="subtitle2" sx={{ mb: 0.5 }}>
                  {translate('resources.users.import.problems')}
                </Typography>
                <Table size="small" data-testid="import-problems">
                  <TableHead>
                    <TableRow>
                      {many && <TableCell>{translate('resources.users.import.file')}</TableCell>}
                      <TableCell>{translate('resources.users.import.line')}</TableCell>
                      <TableCell>{translate('resources.users.import.field')}</TableCell>
                      <TableCell>{translate('resources.users.import.reason')}</TableCell>
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {problems.map((p, i) => (
                      <TableRow key={i} data-testid="import-problem" data-line={p.line} data-field={p.field}>
                        {many && <TableCell>{p.file}</TableCell>}
                        <TableCell sx={{ fontFamily: MONO_STACK }}>{p.line}</TableCell>
                        <TableCell sx={{ fontFamily: MONO_STACK }}>{p.field}</TableCell>
                        <TableCell>{translate(reasonKey(p.reason), { _: p.reason })}</TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </Box>
            )}
            {skipped.length > 0 && (
              <Typography variant="body2" color="text.secondary" data-testid="import-skipped-list">
                {translate('resources.users.import.skipped_list', { names: skipped.map((s) => s.username).join(', ') })}
              </Typography>
            )}
            {holdsSecrets ? (
              <Box>
                <Alert severity="warning" sx={{ mb: 1.5 }} data-testid="import-once-warning">
                  <AlertTitle>{translate('resources.users.import.warning_title')}</AlertTitle>
                  {translate('resources.users.import.warning_body')}
                  {expiresAt && (
                    <Box component="span" sx={{ display: 'block', mt: 0.5 }} data-testid="import-otp-expires">
                      {translate('resources.users.import.expires', { at: formatDateTime(expiresAt, locale) })}
                    </Box>
                  )}
                </Alert>
                <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between', mb: 0.5 }}>
                  <Typography variant="subtitle2">{translate('resources.users.import.accounts')}</Typography>
                  <Button variant="contained" size="small" startIcon={<DownloadIcon />} onClick={download} data-testid="import-download">
                    {translate('resources.users.import.download')}
                  </Button>
                </Stack>
                <Table size="small" data-testid="import-accounts">
                  <TableHead>
                    <TableRow>
                      <TableCell>{translate('resources.users.import.line')}</TableCell>
                      <TableCell>{translate('resources.users.fields.username')}</TableCell>
                      <TableCell>{translate('resources.users.fields.displayName')}</TableCell>
                      <TableCell>{translate('resources.users.fields.role')}</TableCell>
                      <TableCell>{translate('resources.users.once.password')}</TableCell>
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {accounts.map((a) => (
                      <TableRow key={a.id} data-testid="import-account" data-username={a.username}>
                        <TableCell sx={{ fontFamily: MONO_STACK }}>{a.line}</TableCell>
                        <TableCell sx={{ fontFamily: MONO_STACK }}>{a.username}</TableCell>
                        <TableCell>{a.displayName}</TableCell>
                        <TableCell>{translate(`dk.enums.Role.${a.role}`, { _: a.role })}</TableCell>
                        <TableCell sx={{ fontFamily: MONO_STACK, userSelect: 'all' }} data-testid="import-otp">
                          {a.oneTimePassword}
                        </TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </Box>
            ) : (
              <Typography variant="body2">{translate('resources.users.import.none_created')}</Typography>
            )}
          </Stack>
        )}
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        {!outcomes ? (
          <>
            <Button onClick={onClose} disabled={busy}>
              {translate('ra.action.cancel')}
            </Button>
            <Button variant="contained" disabled={busy || !files.length} onClick={() => void run()} data-testid="import-users-send">
              {translate('resources.users.import.send')}
            </Button>
          </>
        ) : (
          <Button variant="contained" onClick={onClose} data-testid="import-users-close">
            {translate(holdsSecrets ? 'resources.users.import.close_saved' : 'resources.users.import.close')}
          </Button>
        )}
      </DialogActions>
    </Dialog>
  );
};

export const ImportUsersButton = () => {
  const [open, setOpen] = useState(false);
  const refresh = useRefresh();
  return (
    <>
      <RaButton label="resources.users.action.import" onClick={() => setOpen(true)} data-testid="import-users">
        <FileIcon />
      </RaButton>
      {open && (
        <ImportUsersDialog
          onClose={() => {
            setOpen(false);
            refresh();
          }}
        />
      )}
    </>
  );
};
