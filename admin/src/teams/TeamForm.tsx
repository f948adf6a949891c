import { AutocompleteArrayInput, RadioButtonGroupInput, ReferenceArrayInput, required, SaveButton, SelectInput, SimpleForm, TextInput, Toolbar, type Validator } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { PROVINCE_CHOICES } from '../common/provinces';
import { isTeamCode } from '../common/rules';

// The server's rule (server/src/domain/codes.ts; it trims first); the message is its TEAM_CODE_REASON, translated.
const code = [required(), (v: unknown) => (typeof v === 'string' && !isTeamCode(v.trim()) ? 'resources.teams.help.code' : undefined)];
const atMost200: Validator = (v) => (Array.isArray(v) && v.length > 200 ? 'resources.teams.help.batchIds' : undefined);

/** Province or batches: only the chosen one is shown and sent (the data provider clears the other). */
const Coverage = () => {
  const scope = useWatch({ name: 'scope' });
  return scope === 'batches' ? (
    <ReferenceArrayInput source="batchIds" reference="batches" sort={{ field: 'code', order: 'ASC' }} perPage={50}>
      <AutocompleteArrayInput optionText="code" filterToQuery={(q: string) => ({ code: q })} helperText="resources.teams.help.batchIds" validate={[required(), atMost200]} />
    </ReferenceArrayInput>
  ) : (
    <SelectInput source="provinceCode" choices={PROVINCE_CHOICES} validate={required()} sx={{ minWidth: 300 }} />
  );
};

export const TeamForm = () => (
  // No delete: the API has none (members would silently become national).
  <SimpleForm sx={{ maxWidth: 560 }} defaultValues={{ scope: 'province' }} toolbar={<Toolbar><SaveButton /></Toolbar>}>
    <TextInput source="code" validate={code} helperText="resources.teams.help.code" autoComplete="off" />
    <TextInput source="name" validate={required()} fullWidth />
    <RadioButtonGroupInput
      source="scope"
      helperText="resources.teams.help.scope"
      choices={[
        { id: 'province', name: 'resources.teams.scope.province' },
        { id: 'batches', name: 'resources.teams.scope.batches' },
      ]}
    />
    <Coverage />
  </SimpleForm>
);
