import { Datagrid, NumberField, TextField } from 'react-admin';
import { List } from '../common/views';
import { csvExporter, cols } from '../common/csv';
import { DateTimeField, EmbeddedLink, MonoField } from '../common/fields';
import { keyingFilters } from './keyingFilters';

const exporter = csvExporter(
  'keyings',
  cols('id', ['batch', (r: any) => r.form?.batch?.code], ['formNumber', (r: any) => r.form?.formNumber], 'pass', 'keyerCode', 'stationCode', 'keystrokes', 'fieldsKeyed', 'errorCount', 'startedAt', 'submittedAt', 'createdAt'),
);

export const KeyingList = () => (
  <List filters={keyingFilters} sort={{ field: 'submittedAt', order: 'DESC' }} perPage={25} exporter={exporter}>
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <TextField source="id" />
      <TextField source="form.batch.code" label="resources.keyings.fields.form.batch.code" sortable={false} />
      <EmbeddedLink source="form" resource="forms" text={(f) => f.formNumber} sortable={false} />
      <NumberField source="pass" sortable={false} />
      <MonoField source="keyerCode" />
      <TextField source="stationCode" sortable={false} />
      <NumberField source="keystrokes" sortable={false} />
      <NumberField source="fieldsKeyed" sortable={false} />
      <NumberField source="errorCount" sortable={false} />
      <DateTimeField source="submittedAt" />
    </Datagrid>
  </List>
);
