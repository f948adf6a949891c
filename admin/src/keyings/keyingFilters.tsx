import { DateInput, SelectInput, TextInput } from 'react-admin';

export const keyingFilters = [
  <TextInput key="keyerCode" source="keyerCode" alwaysOn sx={{ maxWidth: 160 }} />,
  <SelectInput key="pass" source="pass" choices={[{ id: 1, name: 'dk.common.first' }, { id: 2, name: 'dk.common.second' }]} alwaysOn />,
  <DateInput key="submittedFrom" source="submittedFrom" alwaysOn />,
  <DateInput key="submittedTo" source="submittedTo" alwaysOn />,
  <TextInput key="formId" source="formId" />,
];
