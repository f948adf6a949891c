import { AutocompleteInput, DateInput, NullableBooleanInput, ReferenceInput, TextInput } from 'react-admin';

export const recordFilters = [
  <ReferenceInput key="batchId" source="batchId" reference="batches" alwaysOn sort={{ field: 'createdAt', order: 'DESC' }}>
    <AutocompleteInput optionText="code" filterToQuery={(code: string) => (code ? { code } : {})} sx={{ minWidth: 200 }} />
  </ReferenceInput>,
  <NullableBooleanInput key="automatic" source="automatic" alwaysOn sx={{ minWidth: 150 }} />,
  <DateInput key="verifiedFrom" source="verifiedFrom" alwaysOn />,
  <DateInput key="verifiedTo" source="verifiedTo" alwaysOn />,
  <TextInput key="formId" source="formId" />,
];
