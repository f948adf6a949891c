import { Box } from '@mui/material';
import { Datagrid, NumberField, useRecordContext } from 'react-admin';
import { List } from '../common/views';
import { csvExporter, cols } from '../common/csv';
import { DateTimeField, EmbeddedLink, EnumField, TemplateFieldLabel } from '../common/fields';
import { diffStyles } from '../review/DiffText';
import { KeyingDiff } from '../review/MaskedDiffText';
import { discrepancyFilters } from './discrepancyFilters';
import { RelatedFormField } from './RelatedFormField';

/**
 * First or second keying with the characters that differ from the other one marked; masked
 * values are marked from the server's masked difference (two masks may read the same).
 */
export const DiffValueField = ({ side, summary }: { side: 'a' | 'b'; summary?: boolean; label?: string; sortable?: boolean }) => {
  const r = useRecordContext();
  if (!r) return null;
  return <KeyingDiff value1={r.value1} value2={r.value2} masked={r.maskedDifference} side={side} type={r.field?.type} summary={summary} />;
};

const exporter = csvExporter(
  'discrepancies',
  cols('id', ['batch', (r: any) => r.form?.batch?.code], ['formNumber', (r: any) => r.form?.formNumber], 'fieldKey', 'kind', 'value1', 'value2', ['relatedForm', (r: any) => (r.relatedForm ? `${r.relatedForm.batch?.code ?? ''} / ${r.relatedForm.formNumber}` : '')], 'relatedValue', 'finalValue', 'outcome', 'editDistance', 'createdAt', 'resolvedAt'),
);

export const DiscrepancyList = () => (
  <List filters={discrepancyFilters} sort={{ field: 'id', order: 'DESC' }} perPage={25} exporter={exporter}>
    <Box sx={diffStyles}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <EmbeddedLink source="form" resource="forms" text={(f) => `${f.batch?.code ?? ''} / ${f.formNumber}`} sortable={false} />
        <TemplateFieldLabel source="field" label="resources.discrepancies.fields.fieldKey" sortBy="fieldKey" />
        <EnumField source="kind" enumName="DiscrepancyKind" />
        <DiffValueField side="a" label="resources.discrepancies.fields.value1" sortable={false} />
        <DiffValueField side="b" summary label="resources.discrepancies.fields.value2" sortable={false} />
        <RelatedFormField label="resources.discrepancies.fields.relatedForm" sortable={false} />
        <NumberField source="editDistance" sortable={false} />
        <EnumField source="outcome" enumName="Outcome" sortable={false} />
        <DateTimeField source="createdAt" sortable={false} />
      </Datagrid>
    </Box>
  </List>
);
