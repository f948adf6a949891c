import { Alert, Box, Typography } from '@mui/material';
import { Labeled, TextField, TopToolbar, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { Show } from '../common/views';
import { DateTimeField } from '../common/fields';
import { KeyPrefixField, ScopesField, StatusField } from './ApiKeyFields';
import { RevokeApiKeyButton } from './RevokeApiKeyButton';
import { formatDateTime } from '../common/dates';

const Title = () => {
  const r = useRecordContext();
  const translate = useTranslate();
  return <span>{translate('resources.apiKeys.name', { smart_count: 1 })} {r?.name}</span>;
};

const Actions = () => (
  <TopToolbar>
    <RevokeApiKeyButton />
  </TopToolbar>
);

const RevokedBanner = () => {
  const r = useRecordContext();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!r?.revokedAt) return null;
  const at = formatDateTime(r.revokedAt, locale);
  return (
    <Alert severity="error" variant="outlined" sx={{ m: 2, mb: 0 }} data-testid="api-key-revoked-banner">
      {translate('dk.apiKeys.revoked_banner', { at })}
    </Alert>
  );
};

const Footer = () => {
  const r = useRecordContext();
  const translate = useTranslate();
  if (!r) return null;
  return (
    <Typography variant="body2" color="text.secondary" sx={{ px: 2, pb: 2 }}>
      {translate('dk.apiKeys.show_hint', { prefix: r.prefix })}
    </Typography>
  );
};

// No role field: a key may do only what its scopes open, whatever role it acts under.
export const ApiKeyShow = () => (
  <Show title={<Title />} actions={<Actions />}>
    <RevokedBanner />
    <Box sx={{ p: 2, display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(200px, 1fr))', gap: 2 }}>
      <Labeled><TextField source="name" /></Labeled>
      <Labeled label="resources.apiKeys.fields.prefix"><KeyPrefixField /></Labeled>
      <Labeled label="resources.apiKeys.fields.status"><StatusField /></Labeled>
      <Labeled><DateTimeField source="createdAt" /></Labeled>
      <Labeled><TextField source="createdBy.displayName" label="resources.apiKeys.fields.createdBy" /></Labeled>
      <Labeled><DateTimeField source="lastUsedAt" emptyText="dk.apiKeys.never_used" /></Labeled>
      <Labeled><DateTimeField source="revokedAt" emptyText="—" /></Labeled>
    </Box>
    <Box sx={{ px: 2, pb: 2 }}>
      <Labeled label="resources.apiKeys.fields.scopes" fullWidth>
        <ScopesField detailed />
      </Labeled>
    </Box>
    <Footer />
  </Show>
);
