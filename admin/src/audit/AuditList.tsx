import { Datagrid, ExportButton, TopToolbar } from 'react-admin';
import { List } from '../common/views';
import { csvExporter, cols } from '../common/csv';
import { DateTimeField } from '../common/fields';
import { AuditDetails, AuditSentence } from './AuditFields';
import { auditFilters } from './auditFilters';

const exporter = csvExporter('audit-events', cols('id', 'at', 'actor', 'action', 'entityType', 'entityId', ['data', (r: any) => JSON.stringify(r.data ?? {})]));

/**
 * The audit trail (administrators): newest first, filtered by entity, action and time. Each event
 * reads as a sentence with the form, task or batch linked; the CSV export keeps the codes and data.
 */
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
      <DateTimeField source="at" />
      <AuditSentence label="resources.auditEvents.fields.event" sortable={false} />
      <AuditDetails label="resources.auditEvents.fields.details" sortable={false} />
    </Datagrid>
  </List>
);
