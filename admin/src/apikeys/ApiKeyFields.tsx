import { Box, Chip, Stack, Tooltip, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { ENUM_TONES } from '../common/enums';
import { MONO_STACK } from '../theme';

/** The scope strings integrators read in the API documentation and the audit trail. */
export const SCOPE_STRINGS: Record<string, string> = {
  REPORTS_READ: 'reports:read',
  RECORDS_READ: 'records:read',
  RECORDS_READ_PERSONAL: 'records:read-personal',
  KEYINGS_SUBMIT: 'keyings:submit',
};

export const ScopeChip = ({ scope }: { scope: string }) => {
  const translate = useTranslate();
  const tone = ENUM_TONES.ApiKeyScope?.[scope] ?? 'default';
  return (
    <Tooltip title={SCOPE_STRINGS[scope] ?? scope}>
      <Chip size="small" variant="outlined" color={tone} label={translate(`dk.enums.ApiKeyScope.${scope}`, { _: scope })} sx={{ width: 'fit-content' }} />
    </Tooltip>
  );
};

/** Chips in the list; with `detailed`, one line per scope with what it opens. */
export const ScopesField = ({ detailed }: { detailed?: boolean; label?: string; sortable?: boolean }) => {
  const r = useRecordContext();
  const translate = useTranslate();
  const scopes = (r?.scopes ?? []) as string[];
  if (!detailed) {
    return (
      <Stack direction="row" spacing={0.5} sx={{ flexWrap: 'wrap', rowGap: 0.5 }}>
        {scopes.map((s) => (
          <ScopeChip key={s} scope={s} />
        ))}
      </Stack>
    );
  }
  return (
    <Stack spacing={1}>
      {scopes.map((s) => (
        <Stack key={s} direction="row" spacing={1.5} sx={{ alignItems: 'center' }}>
          <ScopeChip scope={s} />
          <Typography component="span" variant="body2" color="text.secondary">
            <Box component="span" sx={{ fontFamily: MONO_STACK, fontSize: '0.78rem', mr: 1 }}>
              {SCOPE_STRINGS[s] ?? s}
            </Box>
            {translate(`resources.apiKeys.scope_help.${s}`, { _: '' })}
          </Typography>
        </Stack>
      ))}
    </Stack>
  );
};

/** The public part of the key as it starts in the secret: enough to tell keys apart, useless alone. */
export const KeyPrefixField = (_: { label?: string; sortable?: boolean }) => {
  const r = useRecordContext();
  if (!r) return null;
  return (
    <Typography component="span" variant="body2" sx={{ fontFamily: MONO_STACK, fontSize: '0.82rem', whiteSpace: 'nowrap' }}>
      dk_{r.prefix}_…
    </Typography>
  );
};

export const StatusField = (_: { label?: string; sortable?: boolean }) => {
  const r = useRecordContext();
  const translate = useTranslate();
  if (!r) return null;
  const revoked = !!r.revokedAt;
  return (
    <Chip
      size="small"
      color={revoked ? 'default' : 'success'}
      variant={revoked ? 'outlined' : 'filled'}
      label={translate(revoked ? 'dk.apiKeys.revoked' : 'dk.apiKeys.active')}
      data-testid="api-key-status"
      data-status={revoked ? 'revoked' : 'active'}
      sx={{ width: 'fit-content' }}
    />
  );
};
