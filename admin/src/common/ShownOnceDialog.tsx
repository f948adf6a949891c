import CheckIcon from '@mui/icons-material/Check';
import CopyIcon from '@mui/icons-material/ContentCopy';
import { Alert, AlertTitle, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, TextField, Typography } from '@mui/material';
import { useRef, useState, type ReactNode } from 'react';
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

/** Translation keys of one kind of secret's dialog. */
export interface ShownOnceTexts {
  title: string;
  warningTitle: string;
  warningBody: string;
  label: string;
  copy: string;
  copied: string;
  copyFailed: string;
  close: string;
}

/** data-testid of each part, so browser tests tell the kinds apart. */
export interface ShownOnceTestIds {
  dialog: string;
  warning: string;
  value: string;
  copy: string;
  close: string;
}

/**
 * A secret the server keeps only as a hash (an API key, a one-time password), right after it was
 * made: the one chance to copy it. Only the explicit button closes the dialog (a stray click
 * would lose it); the dashboard keeps the secret nowhere but in this dialog's props.
 */
export const ShownOnceDialog = (props: {
  name: string;
  value: string;
  icon: ReactNode;
  texts: ShownOnceTexts;
  testIds: ShownOnceTestIds;
  maxWidth: 'sm' | 'md';
  fontSize: string;
  copyMinWidth: number;
  autoCompleteOff?: boolean;
  onClose: () => void;
  children?: ReactNode;
}) => {
  const { name, value, texts, testIds } = props;
  const translate = useTranslate();
  const input = useRef<HTMLInputElement>(null);
  const { copied, copy } = useCopy(input);
  return (
    <Dialog open maxWidth={props.maxWidth} fullWidth aria-labelledby={`${testIds.dialog}-title`} data-testid={testIds.dialog}>
      <DialogTitle id={`${testIds.dialog}-title`} sx={{ pb: 1 }}>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          {props.icon}
          <span>{translate(texts.title, { name })}</span>
        </Stack>
      </DialogTitle>
      <DialogContent>
        <Alert severity="warning" sx={{ mb: 2.5 }} data-testid={testIds.warning}>
          <AlertTitle>{translate(texts.warningTitle)}</AlertTitle>
          {translate(texts.warningBody)}
        </Alert>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <TextField
            value={value}
            label={translate(texts.label)}
            inputRef={input}
            fullWidth
            size="small"
            slotProps={{
              htmlInput: {
                readOnly: true,
                spellCheck: false,
                ...(props.autoCompleteOff ? { autoComplete: 'off' } : {}),
                'data-testid': testIds.value,
                onFocus: (e: React.FocusEvent<HTMLInputElement>) => e.target.select(),
                style: { fontFamily: MONO_STACK, fontSize: props.fontSize },
              },
            }}
          />
          <Button
            variant={copied === 'yes' ? 'outlined' : 'contained'}
            color={copied === 'yes' ? 'success' : 'primary'}
            startIcon={copied === 'yes' ? <CheckIcon /> : <CopyIcon />}
            onClick={() => void copy(value)}
            sx={{ flexShrink: 0, minWidth: props.copyMinWidth, alignSelf: 'stretch' }}
            data-testid={testIds.copy}
          >
            {translate(copied === 'yes' ? texts.copied : texts.copy)}
          </Button>
        </Stack>
        {copied === 'failed' && (
          <Typography variant="body2" color="error" sx={{ mt: 1 }}>
            {translate(texts.copyFailed)}
          </Typography>
        )}
        {props.children}
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button variant="contained" onClick={props.onClose} data-testid={testIds.close}>
          {translate(texts.close)}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
