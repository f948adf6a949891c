import { Box, Typography } from '@mui/material';
import { useState } from 'react';
import { CheckboxGroupInput, Create, maxLength, regex, required, SimpleForm, TextInput, useRecordContext, useRedirect, useTranslate, type Identifier } from 'react-admin';
import { ENUMS } from '../common/enums';
import { MONO_STACK } from '../theme';
import { SCOPE_STRINGS } from './ApiKeyFields';
import { SecretKeyDialog } from './SecretKeyDialog';

// The server's rule (services/api-key.service.ts), so most mistakes show before sending.
const name = [required(), maxLength(100), regex(/^[\p{L}\p{M}\p{N} ._:/()-]{1,100}$/u, 'resources.apiKeys.help.name_chars')];

const scopesRule = (v: unknown) => {
  const s = Array.isArray(v) ? v : [];
  if (!s.length) return 'resources.apiKeys.help.scopes_required';
  if (s.includes('KEYINGS_SUBMIT') && s.length > 1) return 'resources.apiKeys.help.station_alone';
  return undefined;
};

const ScopeOption = () => {
  const choice = useRecordContext<{ id: string }>();
  const translate = useTranslate();
  if (!choice) return null;
  return (
    <Box sx={{ py: 0.5 }}>
      <Typography variant="body2" sx={{ fontWeight: 600 }}>
        {translate(`dk.enums.ApiKeyScope.${choice.id}`)}
        <Box component="span" sx={{ fontFamily: MONO_STACK, fontSize: '0.78rem', fontWeight: 400, color: 'text.secondary', ml: 1 }}>
          {SCOPE_STRINGS[choice.id]}
        </Box>
      </Typography>
      <Typography variant="caption" color="text.secondary">
        {translate(`resources.apiKeys.scope_help.${choice.id}`)}
      </Typography>
    </Box>
  );
};

const SCOPE_CHOICES = ENUMS.ApiKeyScope.map((id) => ({ id }));

interface Created {
  id: Identifier;
  name: string;
  key: string;
}

/** Admin only. On success the secret is shown once in a dialog; closing it opens the key. */
export const ApiKeyCreate = () => {
  const redirect = useRedirect();
  const [created, setCreated] = useState<Created | null>(null);
  return (
    <>
      <Create mutationOptions={{ onSuccess: (data: Created) => setCreated(data) }}>
        <SimpleForm sx={{ maxWidth: 640 }} defaultValues={{ scopes: [] }}>
          <TextInput source="name" validate={name} helperText="resources.apiKeys.help.name" autoComplete="off" autoFocus />
          <CheckboxGroupInput source="scopes" choices={SCOPE_CHOICES} optionText={<ScopeOption />} row={false} validate={scopesRule} helperText="resources.apiKeys.help.scopes" />
        </SimpleForm>
      </Create>
      {created && (
        <SecretKeyDialog
          name={created.name}
          secret={created.key}
          onClose={() => {
            const id = created.id;
            setCreated(null);
            redirect('show', 'apiKeys', id);
          }}
        />
      )}
    </>
  );
};
