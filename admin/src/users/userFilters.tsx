import { NullableBooleanInput, ReferenceInput, SelectInput } from 'react-admin';
import { enumChoices } from '../common/enums';

/** What the API filters users on (UserFilter): role, active, team. */
export const userFilters = [
  <SelectInput key="role" source="role" choices={enumChoices('Role')} alwaysOn />,
  <NullableBooleanInput key="active" source="active" alwaysOn sx={{ minWidth: 150 }} />,
  <ReferenceInput key="teamId" source="teamId" reference="teams" sort={{ field: 'code', order: 'ASC' }} perPage={200} alwaysOn>
    <SelectInput label="resources.users.fields.team" optionText={(t: { code: string; name: string }) => `${t.code} · ${t.name}`} sx={{ minWidth: 180 }} />
  </ReferenceInput>,
];
