import { Alert, Box, Card, CardContent, Chip, Stack, Typography } from '@mui/material';
import {
  Datagrid,
  Labeled,
  Link,
  NumberField,
  ReferenceManyField,
  TextField,
  useGetList,
  useRecordContext,
  useTranslate,
  usePermissions,
} from 'react-admin';
import { Show } from '../common/views';
import { DateTimeField, EmbeddedLink, EnumField, MonoField } from '../common/fields';
import { canRead } from '../roles';
import { FormFieldsTable, type FormFieldRow, type RelatedOfDiscrepancy } from './FormFieldsTable';
import { FormShowActions } from './RescanAction';
import { FormScan } from '../review/FormScan';

const FormTitle = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  return (
    <span>
      {translate('resources.forms.name', { smart_count: 1 })} {record?.formNumber} {record?.batch ? `· ${record.batch.code}` : ''}
    </span>
  );
};

const Summary = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const { permissions } = usePermissions();
  if (!record) return null;
  return (
    <>
    {record.status === 'REJECTED' && (
      <Alert severity="error" sx={{ mb: 2 }} data-testid="rejected-reason">
        <b>{translate('dk.forms.rejected')}</b>
        {record.task?.note ? `: ${record.task.note}` : ''}
      </Alert>
    )}
    <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(170px, 1fr))', gap: 2, mb: 2 }}>
      <Labeled label="resources.forms.fields.batch"><EmbeddedLink source="batch" resource="batches" text={(b) => b.code} /></Labeled>
      <Labeled><MonoField source="formNumber" /></Labeled>
      <Labeled><EnumField source="status" enumName="FormStatus" /></Labeled>
      <Labeled label="resources.forms.fields.task">
        {record.task ? (
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
            <Link to={`/correctionTasks/${record.task.id}/show`}>#{record.task.id}</Link>
            <EnumField source="task.status" enumName="TaskStatus" />
          </Stack>
        ) : (
          <Typography variant="body2" color="text.secondary">{translate('resources.forms.no_task')}</Typography>
        )}
      </Labeled>
      <Labeled><DateTimeField source="createdAt" /></Labeled>
      <Labeled><DateTimeField source="updatedAt" /></Labeled>
      <Labeled><DateTimeField source="verifiedAt" emptyText="—" /></Labeled>
      {record.verifiedRecord && canRead(permissions, 'verifiedRecords') && (
        <Labeled label="resources.forms.fields.verifiedRecord">
          <Link to={`/verifiedRecords/${record.verifiedRecord.id}/show`}>{translate('resources.forms.open_record')}</Link>
        </Labeled>
      )}
      {/* The path on one line (the scan itself is shown below): shortened, whole in the tooltip. */}
      <Labeled><TextField source="imageRef" emptyText="—" title={record.imageRef ?? undefined} sx={{ fontFamily: 'monospace', fontSize: '0.8rem', display: 'block', whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }} /></Labeled>
    </Box>
    </>
  );
};

/** The form's CONSISTENCY discrepancies by id: each names the household's other form and its value. */
function useRelatedForms(formId: string | undefined, wanted: boolean): ReadonlyMap<string, RelatedOfDiscrepancy> {
  const { permissions } = usePermissions();
  const { data } = useGetList(
    'discrepancies',
    { filter: { formId, kind: 'CONSISTENCY' }, pagination: { page: 1, perPage: 100 }, sort: { field: 'id', order: 'ASC' } },
    { enabled: Boolean(formId) && wanted && canRead(permissions, 'discrepancies') },
  );
  return new Map((data ?? []).map((d) => [String(d.id), { relatedForm: d.relatedForm ?? null, relatedValue: d.relatedValue ?? null }]));
}

const SideBySide = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const rows = (record?.fields ?? []) as FormFieldRow[];
  const discrepant = rows.filter((r) => r.discrepancyId).length;
  const related = useRelatedForms(record?.id ? String(record.id) : undefined, discrepant > 0);
  return (
    <Card sx={{ mb: 2 }}>
      <CardContent sx={{ p: 0, '&:last-child': { pb: 0 } }}>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', px: 2, py: 1.2 }}>
          <Typography variant="h6">{translate('resources.forms.side_by_side')}</Typography>
          {discrepant > 0 && <Chip size="small" color="warning" label={translate('resources.forms.discrepant_rows', { count: discrepant })} />}
          <Box sx={{ flex: 1 }} />
          <Typography variant="caption" color="text.secondary">{translate('dk.review.diff_legend')}</Typography>
        </Stack>
        {rows.length ? <FormFieldsTable rows={rows} related={related} /> : <Alert severity="info">{translate('ra.navigation.no_results', { name: '' })}</Alert>}
      </CardContent>
    </Card>
  );
};

const Keyings = () => {
  const translate = useTranslate();
  const { permissions } = usePermissions();
  if (!canRead(permissions, 'keyings')) return null;
  return (
    <Box>
      <Typography variant="h6" sx={{ mb: 1 }}>{translate('resources.forms.keyings')}</Typography>
      <ReferenceManyField reference="keyings" target="formId" sort={{ field: 'id', order: 'ASC' }}>
        <Datagrid rowClick="show" bulkActionButtons={false}>
          <NumberField source="pass" sortable={false} />
          <MonoField source="keyerCode" sortable={false} />
          <TextField source="stationCode" sortable={false} />
          <NumberField source="keystrokes" sortable={false} />
          <NumberField source="fieldsKeyed" sortable={false} />
          <NumberField source="errorCount" sortable={false} />
          <DateTimeField source="startedAt" sortable={false} />
          <DateTimeField source="submittedAt" sortable={false} />
        </Datagrid>
      </ReferenceManyField>
    </Box>
  );
};

export const FormShow = () => (
  <Show title={<FormTitle />} actions={<FormShowActions />}>
    <Box sx={{ p: 2 }}>
      <Summary />
      <FormScan />
      <SideBySide />
      <Keyings />
    </Box>
  </Show>
);
