import { Box, Card, CardContent, Stack, Typography } from '@mui/material';
import {
  Datagrid,
  Labeled,
  Pagination,
  ReferenceManyField,
  TabbedShowLayout,
  TextField,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { Show } from '../common/views';
import { DateTimeField, EnumField, MonoField } from '../common/fields';
import { BatchShowActions } from './BatchActions';
import { BatchProgressBar } from './BatchProgressBar';
import { SpotCheckPolicyField } from './SpotCheckPolicy';

const COUNTS = ['forms', 'awaitingKeyings', 'onePassKeyed', 'inReview', 'autoVerified', 'verified'] as const;

const ProgressCounts = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Stack direction="row" spacing={1.5} sx={{ flexWrap: 'wrap', rowGap: 1.5 }}>
      {COUNTS.map((k) => (
        <Card key={k} sx={{ minWidth: 130 }}>
          <CardContent sx={{ py: 1.2, '&:last-child': { pb: 1.2 } }}>
            <Typography variant="caption" color="text.secondary">
              {translate(`resources.batches.fields.progress.${k}`)}
            </Typography>
            <Typography variant="h6">{record.progress[k]}</Typography>
          </CardContent>
        </Card>
      ))}
    </Stack>
  );
};

const BatchTitle = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  return <span>{translate('resources.batches.name', { smart_count: 1 })} {record?.code}</span>;
};

export const BatchShow = () => (
  <Show title={<BatchTitle />} actions={<BatchShowActions />}>
    <TabbedShowLayout>
      <TabbedShowLayout.Tab label="resources.batches.tabs.summary">
        <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(200px, 1fr))', gap: 2, width: '100%' }}>
          <Labeled><MonoField source="code" /></Labeled>
          <Labeled><TextField source="provinceCode" /></Labeled>
          <Labeled><TextField source="district" /></Labeled>
          <Labeled><TextField source="commune" /></Labeled>
          <Labeled><EnumField source="status" enumName="BatchStatus" /></Labeled>
          <Labeled><TextField source="template.name" label="resources.batches.fields.template" /></Labeled>
          <Labeled><DateTimeField source="createdAt" /></Labeled>
          <Labeled label="resources.batches.fields.spotCheck"><SpotCheckPolicyField /></Labeled>
          <Labeled><DateTimeField source="handedOverAt" emptyText="—" /></Labeled>
        </Box>
        <Labeled label="resources.batches.fields.progress" fullWidth>
          <BatchProgressBar width="100%" />
        </Labeled>
        <ProgressCounts />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="resources.batches.tabs.forms" path="forms">
        <ReferenceManyField reference="forms" target="batchId" sort={{ field: 'id', order: 'ASC' }} perPage={25} pagination={<Pagination />}>
          <Datagrid rowClick="show" bulkActionButtons={false}>
            <MonoField source="formNumber" sortable={false} />
            <EnumField source="status" enumName="FormStatus" />
            <TextField source="task.discrepancyCount" label="resources.forms.fields.task.discrepancyCount" sortable={false} />
            <DateTimeField source="updatedAt" />
          </Datagrid>
        </ReferenceManyField>
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="resources.batches.tabs.tasks" path="tasks">
        <ReferenceManyField reference="correctionTasks" target="batchId" sort={{ field: 'createdAt', order: 'ASC' }} perPage={25} pagination={<Pagination />}>
          <Datagrid rowClick="show" bulkActionButtons={false}>
            <TextField source="id" />
            <MonoField source="form.formNumber" label="resources.correctionTasks.fields.form" sortable={false} />
            <EnumField source="kind" enumName="TaskKind" />
            <EnumField source="status" enumName="TaskStatus" />
            <TextField source="discrepancyCount" sortable={false} />
            <TextField source="claimedBy.displayName" label="resources.correctionTasks.fields.claimedBy" sortable={false} />
            <DateTimeField source="createdAt" />
          </Datagrid>
        </ReferenceManyField>
      </TabbedShowLayout.Tab>
    </TabbedShowLayout>
  </Show>
);
