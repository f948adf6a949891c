import CheckIcon from '@mui/icons-material/Check';
import CopyIcon from '@mui/icons-material/ContentCopy';
import KeyIcon from '@mui/icons-material/KeyOutlined';
import { Alert, AlertTitle, Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, TextField, Typography } from '@mui/material';
import { useRef, useState } from 'react';
import { useTranslate } from 'react-admin';
import { MONO_STACK } from '../theme';

/**
 * The whole key, right after it was created: the server keeps only its hash, so this is the one
 * chance to copy it. Only the explicit button closes the dialog (a stray click would lose the key).
 */
export const SecretKeyDialog = ({ name, secret, onClose }: { name: string; secret: string; onClose: () => void }) => {
  const translate = useTranslate();
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(secret);
      setCopied('yes');
    } catch {
      // No clipboard API outside a secure context (a dashboard on plain http): the old command.
      input.current?.select();
      setCopied(document.execCommand('copy') ? 'yes' : 'failed');
    }
  };

  return (
    <Dialog open maxWidth="md" fullWidth aria-labelledby="api-key-created-title" data-testid="api-key-created">
      <DialogTitle id="api-key-created-title" sx={{ pb: 1 }}>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <KeyIcon color="success" />
          <span>{translate('dk.apiKeys.created_title', { name })}</span>
        </Stack>
      </DialogTitle>
      <DialogContent>
        <Alert severity="warning" sx={{ mb: 2.5 }} data-testid="api-key-once-warning">
          <AlertTitle>{translate('dk.apiKeys.once_title')}</AlertTitle>
          {translate('dk.apiKeys.once_body')}
        </Alert>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <TextField
            value={secret}
            label={translate('dk.apiKeys.secret')}
            inputRef={input}
            fullWidth
            size="small"
            slotProps={{
              htmlInput: {
                readOnly: true,
                spellCheck: false,
                'data-testid': 'api-key-secret',
                onFocus: (e: React.FocusEvent<HTMLInputElement>) => e.target.select(),
                style: { fontFamily: MONO_STACK, fontSize: '0.85rem' },
              },
            }}
          />
          <Button
            variant={copied === 'yes' ? 'outlined' : 'contained'}
            color={copied === 'yes' ? 'success' : 'primary'}
            startIcon={copied === 'yes' ? <CheckIcon /> : <CopyIcon />}
            onClick={() => void copy()}
            sx={{ flexShrink: 0, minWidth: 120, alignSelf: 'stretch' }}
            data-testid="api-key-copy"
          >
            {translate(copied === 'yes' ? 'dk.apiKeys.copied' : 'dk.apiKeys.copy')}
          </Button>
        </Stack>
        {copied === 'failed' && (
          <Typography variant="body2" color="error" sx={{ mt: 1 }}>
            {translate('dk.apiKeys.copy_failed')}
          </Typography>
        )}
        <Typography variant="body2" color="text.secondary" sx={{ mt: 2.5, mb: 0.5 }}>
          {translate('dk.apiKeys.usage')}
        </Typography>
        <Box component="pre" sx={{ m: 0, p: 1.25, borderRadius: 1, bgcolor: 'action.hover', fontFamily: MONO_STACK, fontSize: '0.78rem', whiteSpace: 'pre-wrap' }}>
          {'Authorization: Bearer dk_…\nX-API-Key: dk_…'}
        </Box>
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button variant="contained" onClick={onClose} data-testid="api-key-done">
          {translate('dk.apiKeys.saved_close')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
