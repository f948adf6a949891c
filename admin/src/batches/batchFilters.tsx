import { SelectInput, TextInput } from 'react-admin';
import { enumChoices } from '../common/enums';

export const batchFilters = [
  <TextInput key="code" source="code" alwaysOn />,
  <TextInput key="provinceCode" source="provinceCode" alwaysOn sx={{ maxWidth: 140 }} />,
  <SelectInput key="status" source="status" choices={enumChoices('BatchStatus')} alwaysOn />,
];
