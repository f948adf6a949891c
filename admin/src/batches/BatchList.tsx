import { CreateButton, Datagrid, ExportButton, TextField, TopToolbar, usePermissions } from 'react-admin';
import { List } from '../common/views';
import { DateTimeField, EnumField, MonoField } from '../common/fields';
import { csvExporter, cols } from '../common/csv';
import { BatchProgressBar } from './BatchProgressBar';
import { batchFilters } from './batchFilters';
import { SpotCheckPolicyField } from './SpotCheckPolicy';

const BatchActions = () => {
  const { permissions } = usePermissions();
  return (
    <TopToolbar>
      {permissions === 'ADMIN' && <CreateButton />}
      <ExportButton maxResults={5000} />
    </TopToolbar>
  );
};

const exporter = csvExporter(
  'batches',
  cols('id', 'code', 'provinceCode', 'district', 'commune', 'status', 'createdAt', 'handedOverAt', 'spotCheckEvery', 'spotCheckPercent', 'spotCheckSeed', ...(['forms', 'awaitingKeyings', 'onePassKeyed', 'inReview', 'autoVerified', 'verified'] as const).map(
    (k) => [k, (r: any) => r.progress?.[k]] as [string, (r: any) => unknown],
  )),
);

export const BatchList = () => (
  <List filters={batchFilters} sort={{ field: 'createdAt', order: 'DESC' }} perPage={25} actions={<BatchActions />} exporter={exporter}>
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <MonoField source="code" />
      <TextField source="provinceCode" />
      <TextField source="district" sortable={false} />
      <TextField source="commune" sortable={false} />
      <EnumField source="status" enumName="BatchStatus" />
      <BatchProgressBar label="resources.batches.fields.progress" sortable={false} />
      <SpotCheckPolicyField label="resources.batches.fields.spotCheck" sortable={false} />
      <DateTimeField source="createdAt" />
    </Datagrid>
  </List>
);
