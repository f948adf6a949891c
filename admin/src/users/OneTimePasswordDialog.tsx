import CheckIcon from '@mui/icons-material/Check';
import CopyIcon from '@mui/icons-material/ContentCopy';
import PasswordIcon from '@mui/icons-material/PasswordOutlined';
import { Alert, AlertTitle, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, TextField, Typography } from '@mui/material';
import { useRef, useState } from 'react';
import { useTranslate } from 'react-admin';
import { MONO_STACK } from '../theme';

/** Copies text, falling back to the old command where the clipboard API is missing (plain http). */
export function useCopy(input: React.RefObject<HTMLInputElement | null>) {
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const copy = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied('yes');
    } catch {
      input.current?.select();
      setCopied(document.execCommand('copy') ? 'yes' : 'failed');
    }
  };
  return { copied, copy };
}

/**
 * A one-time password right after a reset: the server keeps only its hash and the dashboard keeps
 * it nowhere but in this dialog's state, so this is the one chance to copy it. Only the explicit
 * button closes the dialog (a stray click would lose it).
 */
export const OneTimePasswordDialog = ({ name, password, onClose }: { name: string; password: string; onClose: () => void }) => {
  const translate = useTranslate();
  const input = useRef<HTMLInputElement>(null);
  const { copied, copy } = useCopy(input);
  return (
    <Dialog open maxWidth="sm" fullWidth aria-labelledby="otp-title" data-testid="one-time-password-dialog">
      <DialogTitle id="otp-title" sx={{ pb: 1 }}>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <PasswordIcon color="success" />
          <span>{translate('resources.users.once.title', { name })}</span>
        </Stack>
      </DialogTitle>
      <DialogContent>
        <Alert severity="warning" sx={{ mb: 2.5 }} data-testid="one-time-password-warning">
          <AlertTitle>{translate('resources.users.once.warning_title')}</AlertTitle>
          {translate('resources.users.once.warning_body')}
        </Alert>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <TextField
            value={password}
            label={translate('resources.users.once.password')}
            inputRef={input}
            fullWidth
            size="small"
            slotProps={{
              htmlInput: {
                readOnly: true,
                spellCheck: false,
                autoComplete: 'off',
                'data-testid': 'one-time-password',
                onFocus: (e: React.FocusEvent<HTMLInputElement>) => e.target.select(),
                style: { fontFamily: MONO_STACK, fontSize: '0.95rem' },
              },
            }}
          />
          <Button
            variant={copied === 'yes' ? 'outlined' : 'contained'}
            color={copied === 'yes' ? 'success' : 'primary'}
            startIcon={copied === 'yes' ? <CheckIcon /> : <CopyIcon />}
            onClick={() => void copy(password)}
            sx={{ flexShrink: 0, minWidth: 130, alignSelf: 'stretch' }}
            data-testid="one-time-password-copy"
          >
            {translate(copied === 'yes' ? 'resources.users.once.copied' : 'resources.users.once.copy')}
          </Button>
        </Stack>
        {copied === 'failed' && (
          <Typography variant="body2" color="error" sx={{ mt: 1 }}>
            {translate('resources.users.once.copy_failed')}
          </Typography>
        )}
        <Typography variant="body2" color="text.secondary" sx={{ mt: 2 }}>
          {translate('resources.users.once.next_step')}
        </Typography>
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button variant="contained" onClick={onClose} data-testid="one-time-password-close">
          {translate('resources.users.once.close')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
