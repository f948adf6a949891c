import { Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Labeled, NumberField, Show, TextField, useRecordContext, useTranslate } from 'react-admin';
import { DateTimeField, EmbeddedLink, EnumField, EnumText, KeyedValue, useFieldLabel } from '../common/fields';
import { charDiff } from '../review/charDiff';
import { DiffText, diffStyles } from '../review/DiffText';
import { LeaseField } from './LeaseField';

const Title = () => {
  const r = useRecordContext();
  const translate = useTranslate();
  return <span>{translate('resources.correctionTasks.name', { smart_count: 1 })} #{r?.id} · {r?.batch?.code} / {r?.form?.formNumber}</span>;
};

const Discrepancies = () => {
  const r = useRecordContext();
  const translate = useTranslate();
  const label = useFieldLabel();
  const rows = (r?.discrepancies ?? []) as any[];
  return (
    <Box sx={{ mt: 2, ...diffStyles }}>
      <Typography variant="h6" sx={{ mb: 1 }}>{translate('resources.correctionTasks.fields.discrepancies')}</Typography>
      <Table size="small" sx={{ tableLayout: 'fixed' }}>
        <TableHead>
          <TableRow>
            <TableCell sx={{ width: '20%' }}>{translate('resources.discrepancies.fields.fieldKey')}</TableCell>
            <TableCell sx={{ width: '14%' }}>{translate('resources.discrepancies.fields.kind')}</TableCell>
            <TableCell>{translate('resources.discrepancies.fields.value1')}</TableCell>
            <TableCell>{translate('resources.discrepancies.fields.value2')}</TableCell>
            <TableCell>{translate('resources.discrepancies.fields.finalValue')}</TableCell>
            <TableCell sx={{ width: '12%' }}>{translate('resources.discrepancies.fields.outcome')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((d) => {
            const diff = charDiff(d.value1, d.value2);
            return (
              <TableRow key={d.id}>
                <TableCell title={d.fieldKey}>{label(d.field, d.fieldKey)}</TableCell>
                <TableCell><EnumText enumName="DiscrepancyKind" value={d.kind} /></TableCell>
                <TableCell><DiffText segments={diff.a} empty={!d.value1} type={d.field?.type} /></TableCell>
                <TableCell><DiffText segments={diff.b} empty={!d.value2} type={d.field?.type} /></TableCell>
                <TableCell>{d.outcome ? <KeyedValue value={d.finalValue} type={d.field?.type} /> : '—'}</TableCell>
                <TableCell><EnumText enumName="Outcome" value={d.outcome} /></TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </Box>
  );
};

export const TaskShow = () => (
  <Show title={<Title />}>
    <Box sx={{ p: 2 }}>
      <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(170px, 1fr))', gap: 2 }}>
        <Labeled label="resources.correctionTasks.fields.form"><EmbeddedLink source="form" resource="forms" text={(f) => f.formNumber} /></Labeled>
        <Labeled label="resources.correctionTasks.fields.batch"><EmbeddedLink source="batch" resource="batches" text={(b) => b.code} /></Labeled>
        <Labeled><EnumField source="status" enumName="TaskStatus" /></Labeled>
        <Labeled><NumberField source="discrepancyCount" /></Labeled>
        <Labeled><DateTimeField source="createdAt" /></Labeled>
        <Labeled label="resources.correctionTasks.fields.claimedBy"><TextField source="claimedBy.displayName" emptyText="—" /></Labeled>
        <Labeled><DateTimeField source="claimedAt" emptyText="—" /></Labeled>
        <Labeled label="resources.correctionTasks.fields.leaseUntil"><LeaseField /></Labeled>
        <Labeled><DateTimeField source="resolvedAt" emptyText="—" /></Labeled>
        <Labeled label="resources.correctionTasks.fields.resolvedBy"><TextField source="resolvedBy.displayName" emptyText="—" /></Labeled>
      </Box>
      <Discrepancies />
    </Box>
  </Show>
);
