import { Alert, Box, Button, CircularProgress, Dialog, DialogActions, DialogContent, DialogTitle, TextField, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { useTranslate } from 'react-admin';
import { Kbd } from './ShortcutLegend';

export type TaskAction = 'escalate' | 'rekey' | 'reject' | 'comment' | 'override';

/** Which actions need text: the server refuses an empty comment or reason. */
export const TEXT_REQUIRED: Record<TaskAction, boolean> = { escalate: true, rekey: false, reject: true, comment: true, override: true };

/**
 * A small dialog for one task action and its text (comment, reason). Enter sends, Shift+Enter
 * starts a new line, Esc closes. A refusal stays in the dialog with the text kept.
 */
export const ActionDialog = ({
  action,
  form,
  onSend,
  onClose,
}: {
  action: TaskAction | null;
  form: string;
  onSend: (action: TaskAction, text: string) => Promise<void>;
  onClose: () => void;
}) => {
  const translate = useTranslate();
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [touched, setTouched] = useState(false);
  useEffect(() => {
    setText('');
    setError(null);
    setTouched(false);
    setBusy(false);
  }, [action]);
  if (!action) return null;
  const required = TEXT_REQUIRED[action];
  const empty = !text.trim();
  const send = async () => {
    setTouched(true);
    if (busy || (required && empty)) return;
    setBusy(true);
    setError(null);
    try {
      await onSend(action, text.trim().normalize('NFC'));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setBusy(false);
    }
  };
  return (
    <Dialog open onClose={() => !busy && onClose()} fullWidth maxWidth="sm" data-testid="action-dialog" data-action={action} transitionDuration={{ enter: 120, exit: 0 }}>
      <DialogTitle sx={{ pb: 0.5 }}>
        {translate(`dk.actions.${action}.title`, { form })}
      </DialogTitle>
      <DialogContent sx={{ pb: 1 }}>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {translate(`dk.actions.${action}.hint`)}
        </Typography>
        <TextField
          autoFocus
          multiline
          minRows={2}
          maxRows={8}
          value={text}
          onChange={(e) => setText(e.target.value)}
          label={translate(`dk.actions.${action}.label`)}
          required={required}
          error={touched && required && empty}
          helperText={touched && required && empty ? translate('dk.actions.required') : translate('dk.actions.enter_hint')}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
              e.preventDefault();
              e.stopPropagation();
              void send();
            }
          }}
          slotProps={{ htmlInput: { 'data-testid': 'action-dialog-input', lang: 'vi', maxLength: action === 'override' ? 500 : 2000 } }}
        />
        {error && (
          <Alert severity="error" sx={{ mt: 1 }} data-testid="action-dialog-error">
            {error}
          </Alert>
        )}
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button onClick={onClose} disabled={busy} color="inherit">
          {translate('ra.action.cancel')} <Kbd inButton>Esc</Kbd>
        </Button>
        <Box sx={{ flex: 1 }} />
        <Button
          data-testid="action-dialog-send"
          variant="contained"
          color={action === 'reject' ? 'error' : action === 'escalate' ? 'warning' : 'primary'}
          onClick={() => void send()}
          disabled={busy || (required && empty)}
          startIcon={busy ? <CircularProgress size={14} color="inherit" /> : undefined}
        >
          {translate(`dk.actions.${action}.send`)} <Kbd inButton>Enter</Kbd>
        </Button>
      </DialogActions>
    </Dialog>
  );
};
