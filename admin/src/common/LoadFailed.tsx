import RetryIcon from '@mui/icons-material/Refresh';
import { Alert, AlertTitle, Button } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { GqlErrorBody } from '../graphql';

/**
 * Why a load failed, in the reader's language: a failure on the way (server unavailable, network,
 * server error) by its code alone; a refusal by its code and the server's own words.
 */
export function useFailureText() {
  const translate = useTranslate();
  return (error: unknown): string => {
    const e = error as { message?: string; body?: Partial<GqlErrorBody> } | null;
    const code = e?.body?.code;
    const byCode = code ? translate(`dk.errors.${code}`, { _: '' }) : '';
    if (e?.body?.transport || !e?.message) return byCode || translate('dk.errors.INTERNAL_SERVER_ERROR');
    const said = translate('dk.errors.server_said', { message: translate(e.message, { _: e.message }) });
    return byCode ? `${byCode} — ${said}` : said;
  };
}

/**
 * A failed load says so and offers a retry, instead of looking like an empty list or a zero.
 * `retry` refetches whatever failed.
 */
export const LoadFailed = ({ error, retry, testId = 'load-failed' }: { error: unknown; retry?: () => unknown; testId?: string }) => {
  const translate = useTranslate();
  const text = useFailureText();
  return (
    <Alert
      severity="error"
      data-testid={testId}
      sx={{ m: 1 }}
      action={
        retry && (
          <Button color="inherit" size="small" startIcon={<RetryIcon />} onClick={() => retry()} data-testid={`${testId}-retry`}>
            {translate('dk.load.retry')}
          </Button>
        )
      }
    >
      <AlertTitle>{translate('dk.load.failed')}</AlertTitle>
      {text(error)}
    </Alert>
  );
};
