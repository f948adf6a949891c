import { AutocompleteInput, NullableBooleanInput, ReferenceInput, SelectInput, TextInput } from 'react-admin';
import { enumChoices } from '../common/enums';
import { useFieldLabel } from '../common/fields';
import { useTemplateFields } from '../common/useTemplateFields';

const FieldKeyInput = (props: { source: string; alwaysOn?: boolean }) => {
  const fields = useTemplateFields();
  const label = useFieldLabel();
  return <AutocompleteInput {...props} choices={fields.map((f) => ({ id: f.key, name: label(f) }))} translateChoice={false} sx={{ minWidth: 240 }} />;
};

export const discrepancyFilters = [
  <ReferenceInput key="batchId" source="batchId" reference="batches" alwaysOn sort={{ field: 'createdAt', order: 'DESC' }}>
    <AutocompleteInput optionText="code" filterToQuery={(code: string) => (code ? { code } : {})} sx={{ minWidth: 200 }} />
  </ReferenceInput>,
  <FieldKeyInput key="fieldKey" source="fieldKey" alwaysOn />,
  <SelectInput key="kind" source="kind" choices={enumChoices('DiscrepancyKind')} alwaysOn />,
  <NullableBooleanInput key="resolved" source="resolved" alwaysOn sx={{ minWidth: 150 }} />,
  <SelectInput key="outcome" source="outcome" choices={enumChoices('Outcome')} />,
  <TextInput key="formId" source="formId" />,
  <TextInput key="taskId" source="taskId" />,
];
