import PlayIcon from '@mui/icons-material/PlayArrow';
import EscalatedIcon from '@mui/icons-material/PriorityHigh';
import { BooleanField, Button, Datagrid, ExportButton, NumberField, TextField, TopToolbar, usePermissions, Link } from 'react-admin';
import { List } from '../common/views';
import { csvExporter, cols } from '../common/csv';
import { DateTimeField, EmbeddedLink, EnumField } from '../common/fields';
import { canReview } from '../roles';
import { LeaseField } from './LeaseField';
import { taskFilters } from './taskFilters';

const exporter = csvExporter(
  'correction-tasks',
  cols('id', ['batch', (r: any) => r.batch?.code], ['formNumber', (r: any) => r.form?.formNumber], 'kind', 'status', 'escalated', 'note', 'discrepancyCount', 'createdAt', 'claimedAt', ['claimedBy', (r: any) => r.claimedBy?.displayName], 'leaseUntil', 'resolvedAt', ['resolvedBy', (r: any) => r.resolvedBy?.displayName]),
);

const Actions = () => {
  const { permissions } = usePermissions();
  return (
    <TopToolbar>
      {canReview(permissions) && (
        <Button component={Link} to="/review" label="dk.dashboard.start_reviewing" variant="contained">
          <PlayIcon />
        </Button>
      )}
      <ExportButton maxResults={5000} />
    </TopToolbar>
  );
};

export const TaskList = () => (
  <List filters={taskFilters()} filterDefaultValues={{ status: 'OPEN' }} sort={{ field: 'createdAt', order: 'ASC' }} perPage={25} exporter={exporter} actions={<Actions />}>
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <TextField source="id" />
      <EmbeddedLink source="batch" resource="batches" text={(b) => b.code} sortable={false} />
      <EmbeddedLink source="form" resource="forms" text={(f) => f.formNumber} sortable={false} />
      <EnumField source="kind" enumName="TaskKind" sortable={false} />
      <EnumField source="status" enumName="TaskStatus" />
      <BooleanField source="escalated" sortable={false} looseValue TrueIcon={EscalatedIcon} FalseIcon={null} />
      <NumberField source="discrepancyCount" sortable={false} />
      <DateTimeField source="createdAt" />
      <TextField source="claimedBy.displayName" label="resources.correctionTasks.fields.claimedBy" sortable={false} emptyText="—" />
      <LeaseField label="resources.correctionTasks.fields.leaseUntil" sortable={false} />
      <TextField source="resolvedBy.displayName" label="resources.correctionTasks.fields.resolvedBy" sortable={false} emptyText="—" />
      <DateTimeField source="resolvedAt" sortable={false} />
    </Datagrid>
  </List>
);
