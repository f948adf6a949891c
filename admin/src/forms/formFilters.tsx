import { AutocompleteInput, ReferenceInput, SelectInput, TextInput } from 'react-admin';
import { enumChoices } from '../common/enums';

export const formFilters = [
  <ReferenceInput key="batchId" source="batchId" reference="batches" alwaysOn sort={{ field: 'createdAt', order: 'DESC' }}>
    <AutocompleteInput optionText="code" filterToQuery={(code: string) => (code ? { code } : {})} sx={{ minWidth: 220 }} />
  </ReferenceInput>,
  <TextInput key="formNumber" source="formNumber" alwaysOn sx={{ maxWidth: 160 }} />,
  <SelectInput key="status" source="status" choices={enumChoices('FormStatus')} alwaysOn />,
];
