import { Datagrid, NumberField } from 'react-admin';
import { List } from '../common/views';
import { csvExporter, cols } from '../common/csv';
import { DateTimeField, EmbeddedLink, EnumField, MonoField } from '../common/fields';
import { formFilters } from './formFilters';

const exporter = csvExporter(
  'forms',
  cols('id', ['batch', (r: any) => r.batch?.code], 'formNumber', 'status', ['discrepancies', (r: any) => r.task?.discrepancyCount ?? 0], ['taskStatus', (r: any) => r.task?.status ?? ''], 'createdAt', 'updatedAt', 'verifiedAt'),
);

export const FormList = () => (
  <List filters={formFilters} sort={{ field: 'updatedAt', order: 'DESC' }} perPage={25} exporter={exporter}>
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <EmbeddedLink source="batch" resource="batches" text={(b) => b.code} sortable={false} />
      <MonoField source="formNumber" sortable={false} />
      <EnumField source="status" enumName="FormStatus" />
      <NumberField source="task.discrepancyCount" label="resources.forms.fields.task.discrepancyCount" sortable={false} emptyText="0" />
      <EnumField source="task.status" enumName="TaskStatus" label="resources.forms.fields.task" sortable={false} />
      <DateTimeField source="updatedAt" />
      <DateTimeField source="verifiedAt" sortable={false} />
    </Datagrid>
  </List>
);
