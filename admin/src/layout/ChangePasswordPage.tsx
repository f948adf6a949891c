import LockIcon from '@mui/icons-material/LockOutlined';
import { Alert, Avatar, Box, Button, Card, CardContent, CircularProgress, Stack, TextField, Typography } from '@mui/material';
import { useState, type FormEvent } from 'react';
import { useLogout, useNotify, useTranslate } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import { changeOwnPassword, mustChangePassword } from '../authProvider';
import { useDescribeError } from '../common/PromptDialog';
import { gqlCode, reasonKey, type GqlError } from '../graphql';

type Field = 'oldPassword' | 'newPassword' | 'repeat';

/**
 * Everyone's own password, and the only screen of a session opened with a one-time password
 * (after a reset or an import): outside the layout, so nothing else loads until it is changed.
 * A wrong current password is shown under its input; it does not sign anybody out.
 */
export const ChangePasswordPage = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const navigate = useNavigate();
  const logout = useLogout();
  const describe = useDescribeError();
  const forced = mustChangePassword();
  const [values, setValues] = useState<Record<Field, string>>({ oldPassword: '', newPassword: '', repeat: '' });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const set = (f: Field) => (e: React.ChangeEvent<HTMLInputElement>) => {
    setValues((v) => ({ ...v, [f]: e.target.value }));
    setErrors((er) => ({ ...er, [f]: undefined }));
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const next: Partial<Record<Field, string>> = {};
    if (!values.oldPassword) next.oldPassword = 'ra.validation.required';
    if (!values.newPassword) next.newPassword = 'ra.validation.required';
    if (values.newPassword && values.repeat !== values.newPassword) next.repeat = 'dk.password.mismatch';
    setErrors(next);
    setFailure(null);
    if (Object.keys(next).length) return;
    setBusy(true);
    try {
      await changeOwnPassword(values.oldPassword, values.newPassword);
      notify('dk.password.done', { type: 'success' });
      navigate('/', { replace: true });
    } catch (err) {
      const code = gqlCode(err);
      if (code === 'WRONG_PASSWORD') setErrors({ oldPassword: 'dk.errors.WRONG_PASSWORD' });
      else if (code === 'BAD_USER_INPUT' && (err as GqlError).body.problems.length) {
        const found: Partial<Record<Field, string>> = {};
        for (const p of (err as GqlError).body.problems) {
          const f = p.field === 'oldPassword' ? 'oldPassword' : 'newPassword';
          found[f] = reasonKey(p.reason);
        }
        setErrors(found);
      } else if (code === 'UNAUTHENTICATED') {
        // The session itself is gone (disabled, reset again): back to the sign-in page.
        void logout();
      } else setFailure(describe(err));
    } finally {
      setBusy(false);
    }
  };

  const input = (f: Field, label: string, autoComplete: string, autoFocus = false) => (
    <TextField
      name={f}
      type="password"
      label={translate(label)}
      value={values[f]}
      onChange={set(f)}
      error={!!errors[f]}
      helperText={errors[f] ? translate(errors[f]!, { _: errors[f] }) : ' '}
      autoComplete={autoComplete}
      autoFocus={autoFocus}
      fullWidth
      size="small"
      disabled={busy}
      slotProps={{ htmlInput: { 'data-testid': `password-${f}` } }}
    />
  );

  return (
    <Box
      sx={{
        minHeight: '100vh',
        display: 'flex',
        alignItems: 'flex-start',
        justifyContent: 'center',
        pt: '12vh',
        backgroundImage: 'linear-gradient(160deg, #12345e 0%, #1d4e89 55%, #2f6db3 100%)',
      }}
    >
      <Card sx={{ width: 420, maxWidth: 'calc(100vw - 32px)', borderRadius: 2 }} data-testid="change-password-page" data-forced={forced}>
        <CardContent component="form" onSubmit={(e: FormEvent) => void submit(e)} noValidate sx={{ p: 3 }}>
          <Stack spacing={1} sx={{ alignItems: 'center', mb: 2 }}>
            <Avatar sx={{ bgcolor: 'secondary.main' }}>
              <LockIcon />
            </Avatar>
            <Typography variant="h6" sx={{ fontWeight: 700 }}>
              {translate(forced ? 'dk.password.forced_title' : 'dk.password.title')}
            </Typography>
          </Stack>
          {forced ? (
            <Alert severity="info" sx={{ mb: 2 }} data-testid="change-password-forced">
              {translate('dk.password.forced_body')}
            </Alert>
          ) : (
            <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
              {translate('dk.password.intro')}
            </Typography>
          )}
          {input('oldPassword', forced ? 'dk.password.old_forced' : 'dk.password.old', 'current-password', true)}
          {input('newPassword', 'dk.password.new', 'new-password')}
          {input('repeat', 'dk.password.repeat', 'new-password')}
          <Typography variant="caption" color="text.secondary" component="p" sx={{ mb: 2 }}>
            {translate('dk.password.policy')}
          </Typography>
          {failure && (
            <Alert severity="error" sx={{ mb: 2 }}>
              {failure}
            </Alert>
          )}
          <Stack direction="row" spacing={1} sx={{ justifyContent: 'space-between' }}>
            {forced ? (
              <Button onClick={() => void logout()} disabled={busy} data-testid="change-password-sign-out">
                {translate('dk.password.sign_out')}
              </Button>
            ) : (
              <Button onClick={() => navigate(-1)} disabled={busy}>
                {translate('dk.password.cancel')}
              </Button>
            )}
            <Button type="submit" variant="contained" disabled={busy} startIcon={busy ? <CircularProgress size={14} color="inherit" /> : undefined} data-testid="change-password-submit">
              {translate('dk.password.submit')}
            </Button>
          </Stack>
        </CardContent>
      </Card>
    </Box>
  );
};
