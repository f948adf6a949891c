import { Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Labeled, NumberField, TextField, useRecordContext, useTranslate } from 'react-admin';
import { Show } from '../common/views';
import { DateTimeField, EmbeddedLink, KeyedValue, MonoField, useFieldLabel } from '../common/fields';
import { useTemplateFields } from '../common/useTemplateFields';

const KeyingTitle = () => {
  const r = useRecordContext();
  const translate = useTranslate();
  return <span>{translate('resources.keyings.name', { smart_count: 1 })} #{r?.id} · {r?.form?.formNumber} ({translate('resources.keyings.fields.pass')} {r?.pass})</span>;
};

const Values = () => {
  const r = useRecordContext();
  const translate = useTranslate();
  const values = (r?.values ?? []) as { key: string; value: string | null; illegible: boolean }[];
  const fields = new Map(useTemplateFields().map((f) => [f.key, f]));
  const label = useFieldLabel();
  return (
    <Box sx={{ mt: 2 }}>
      <Typography variant="h6" sx={{ mb: 1 }}>{translate('resources.keyings.fields.values')}</Typography>
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell sx={{ width: '30%' }}>{translate('resources.verifiedRecords.fields.key')}</TableCell>
            <TableCell>{translate('resources.verifiedRecords.fields.value')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {values.map((v) => (
            <TableRow key={v.key}>
              <TableCell title={v.key}>{label(fields.get(v.key), v.key)}</TableCell>
              <TableCell><KeyedValue value={v.value} illegible={v.illegible} /></TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
};

export const KeyingShow = () => (
  <Show title={<KeyingTitle />}>
    <Box sx={{ p: 2 }}>
      <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(170px, 1fr))', gap: 2 }}>
        <Labeled label="resources.keyings.fields.form"><EmbeddedLink source="form" resource="forms" text={(f) => `${f.batch?.code ?? ''} / ${f.formNumber}`} /></Labeled>
        <Labeled><NumberField source="pass" /></Labeled>
        <Labeled><MonoField source="keyerCode" /></Labeled>
        <Labeled><TextField source="stationCode" /></Labeled>
        <Labeled><NumberField source="keystrokes" /></Labeled>
        <Labeled><NumberField source="fieldsKeyed" /></Labeled>
        <Labeled><NumberField source="errorCount" /></Labeled>
        <Labeled><DateTimeField source="startedAt" /></Labeled>
        <Labeled><DateTimeField source="submittedAt" /></Labeled>
        <Labeled><DateTimeField source="createdAt" /></Labeled>
      </Box>
      <Values />
    </Box>
  </Show>
);
