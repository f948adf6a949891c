import { Alert, Button, CircularProgress, Dialog, DialogActions, DialogContent, DialogTitle, TextField, Typography } from '@mui/material';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import { gqlCode, type GqlError } from '../graphql';

/** A server refusal in one translated line. */
export function useDescribeError() {
  const translate = useTranslate();
  return (e: unknown) => {
    const code = gqlCode(e) ?? 'other';
    const err = e as GqlError;
    // A failure on the way (server unavailable, network) has no server words worth quoting.
    if (err?.body?.transport) return translate(`dk.errors.${code}`, { _: err.message });
    return `${translate(`dk.errors.${code}`, { _: translate('dk.errors.other') })} — ${translate('dk.errors.server_said', { message: err?.message ?? String(e) })}`;
  };
}

/**
 * Asks for one piece of text (a reason, a new scan path) before an administrative action.
 * Enter sends (Shift+Enter for a new line when multiline); a refusal is shown in place.
 */
export const PromptDialog = ({
  open,
  title,
  hint,
  label,
  send,
  initial = '',
  required = true,
  multiline = true,
  danger,
  testId,
  onSend,
  onClose,
}: {
  open: boolean;
  title: ReactNode;
  hint?: ReactNode;
  label: string;
  send: string;
  initial?: string;
  required?: boolean;
  multiline?: boolean;
  danger?: boolean;
  testId: string;
  onSend: (text: string) => Promise<void>;
  onClose: () => void;
}) => {
  const translate = useTranslate();
  const describe = useDescribeError();
  const [text, setText] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [touched, setTouched] = useState(false);
  useEffect(() => {
    if (open) {
      setText(initial);
      setError(null);
      setTouched(false);
      setBusy(false);
    }
  }, [open, initial]);
  const empty = !text.trim();
  const go = async () => {
    setTouched(true);
    if (busy || (required && empty)) return;
    setBusy(true);
    setError(null);
    try {
      await onSend(text.trim().normalize('NFC'));
    } catch (e) {
      setError(describe(e));
      setBusy(false);
    }
  };
  return (
    <Dialog open={open} onClose={() => !busy && onClose()} fullWidth maxWidth="sm" data-testid={testId}>
      <DialogTitle sx={{ pb: 0.5 }}>{title}</DialogTitle>
      <DialogContent sx={{ pb: 1 }}>
        {hint && (
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
            {hint}
          </Typography>
        )}
        <TextField
          autoFocus
          multiline={multiline}
          minRows={multiline ? 2 : undefined}
          value={text}
          onChange={(e) => setText(e.target.value)}
          label={label}
          required={required}
          error={touched && required && empty}
          helperText={touched && required && empty ? translate('dk.actions.required') : multiline ? translate('dk.actions.enter_hint') : ' '}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
              e.preventDefault();
              void go();
            }
          }}
          slotProps={{ htmlInput: { 'data-testid': `${testId}-input`, maxLength: 2000 } }}
        />
        {error && (
          <Alert severity="error" sx={{ mt: 1 }}>
            {error}
          </Alert>
        )}
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button onClick={onClose} disabled={busy} color="inherit">
          {translate('ra.action.cancel')}
        </Button>
        <Button
          data-testid={`${testId}-send`}
          variant="contained"
          color={danger ? 'error' : 'primary'}
          onClick={() => void go()}
          disabled={busy || (required && empty)}
          startIcon={busy ? <CircularProgress size={14} color="inherit" /> : undefined}
        >
          {send}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
