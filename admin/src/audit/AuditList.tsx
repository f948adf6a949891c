import { Datagrid, ExportButton, List, TextField, TopToolbar } from 'react-admin';
import { csvExporter, cols } from '../common/csv';
import { DateTimeField } from '../common/fields';
import { ActionField, DataSummary, EntityField } from './AuditFields';
import { auditFilters } from './auditFilters';

const exporter = csvExporter('audit-events', cols('id', 'at', 'actor', 'action', 'entityType', 'entityId', ['data', (r: any) => JSON.stringify(r.data ?? {})]));

/** The audit trail (administrators): newest first, filtered by entity, action and time. */
export const AuditList = () => (
  <List
    filters={auditFilters}
    sort={{ field: 'id', order: 'DESC' }}
    perPage={50}
    exporter={exporter}
    actions={
      <TopToolbar>
        <ExportButton maxResults={10000} />
      </TopToolbar>
    }
  >
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <TextField source="id" />
      <DateTimeField source="at" />
      <TextField source="actor" sortable={false} />
      <ActionField label="resources.auditEvents.fields.action" sortable={false} />
      <EntityField label="resources.auditEvents.fields.entity" sortable={false} />
      <DataSummary label="resources.auditEvents.fields.data" sortable={false} />
    </Datagrid>
  </List>
);
