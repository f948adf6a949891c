import { NullableBooleanInput, SelectInput } from 'react-admin';
import { enumChoices } from '../common/enums';

/**
 * What the API filters users on: role and active. It has no team filter yet (UserFilter), so the
 * team shows as a column only.
 */
export const userFilters = [
  <SelectInput key="role" source="role" choices={enumChoices('Role')} alwaysOn />,
  <NullableBooleanInput key="active" source="active" alwaysOn sx={{ minWidth: 150 }} />,
];
