import { Chip, Stack } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

/** Disabled, waiting for a password change (or past the one-time password's lifetime), never given a password, or simply active. */
export const UserStatusField = (_: { label?: string; sortable?: boolean }) => {
  const r = useRecordContext();
  const translate = useTranslate();
  if (!r) return null;
  const chips: { key: string; color: 'default' | 'success' | 'warning' | 'error' }[] = [];
  if (!r.active) chips.push({ key: 'disabled', color: 'error' });
  else if (r.hasPassword === false) chips.push({ key: 'no_password', color: 'default' });
  else chips.push({ key: 'active', color: 'success' });
  const otpExpired = r.oneTimePasswordExpiresAt != null && Date.parse(r.oneTimePasswordExpiresAt) <= Date.now();
  if (r.active && r.mustChangePassword) chips.push(otpExpired ? { key: 'otp_expired', color: 'error' } : { key: 'must_change', color: 'warning' });
  return (
    <Stack direction="row" spacing={0.5} data-testid="user-status" data-status={r.active ? 'active' : 'disabled'}>
      {chips.map((c) => (
        <Chip key={c.key} size="small" color={c.color} variant={c.key === 'active' ? 'filled' : 'outlined'} label={translate(`resources.users.status.${c.key}`)} />
      ))}
    </Stack>
  );
};

/** The team's code and name, or "national" when the account has none. */
export const TeamField = (_: { label?: string; sortable?: boolean }) => {
  const r = useRecordContext();
  const translate = useTranslate();
  if (!r) return null;
  if (!r.team) return <span style={{ opacity: 0.7 }}>{translate('resources.users.help.no_team')}</span>;
  return (
    <span title={r.team.name} data-testid="user-team">
      <b>{r.team.code}</b> · {r.team.name}
    </span>
  );
};
