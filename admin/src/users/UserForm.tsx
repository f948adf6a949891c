import { ReferenceInput, required, SelectInput, TextInput, type Validator } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { enumChoices } from '../common/enums';

/** A keyer's code is what their keyings carry: the API requires one for the KEYER role. */
const keyerCodeRequired: Validator = (value, values) => (values?.role === 'KEYER' && !String(value ?? '').trim() ? 'resources.users.help.keyerCode_required' : undefined);

export const RoleInput = () => <SelectInput source="role" choices={enumChoices('Role')} validate={required()} />;

/** Shown for every role, required (and its help says so) for a keyer. */
export const KeyerCodeInput = () => {
  const role = useWatch({ name: 'role' });
  const keyer = role === 'KEYER';
  return (
    <TextInput
      source="keyerCode"
      validate={keyerCodeRequired}
      isRequired={keyer}
      helperText={keyer ? 'resources.users.help.keyerCode_required' : 'resources.users.help.keyerCode'}
      parse={(v: string) => (v ? v.trim() : null)}
    />
  );
};

/**
 * Team picker: the API has no search on teams, so the first 200 by code (a campaign has about one
 * per province, plus a few batch teams); empty means national.
 */
export const TeamInput = () => {
  const role = useWatch({ name: 'role' });
  // Administrators belong to no team.
  if (role === 'ADMIN') return null;
  return (
    <ReferenceInput source="teamId" reference="teams" sort={{ field: 'code', order: 'ASC' }} perPage={200}>
      <SelectInput
        optionText={(t: { code: string; name: string }) => `${t.code} · ${t.name}`}
        helperText="resources.users.help.team"
        emptyText="resources.users.help.no_team"
        emptyValue=""
        parse={(v: string) => v || null}
        format={(v: string | null) => v ?? ''}
      />
    </ReferenceInput>
  );
};
