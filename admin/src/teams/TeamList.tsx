import { Datagrid, SelectInput, TextField } from 'react-admin';
import { List } from '../common/views';
import { csvExporter, cols } from '../common/csv';
import { DateTimeField, MonoField } from '../common/fields';
import { PROVINCE_CHOICES } from '../common/provinces';
import { CoverageField } from './TeamFields';

const teamFilters = [<SelectInput key="provinceCode" source="provinceCode" choices={PROVINCE_CHOICES} alwaysOn sx={{ minWidth: 240 }} />];

const exporter = csvExporter('teams', cols('id', 'code', 'name', 'provinceCode', ['batchIds', (r: any) => (r.batchIds ?? []).join(' ')], 'createdAt'));

export const TeamList = () => (
  <List filters={teamFilters} sort={{ field: 'code', order: 'ASC' }} perPage={25} exporter={exporter}>
    <Datagrid rowClick="edit" bulkActionButtons={false}>
      <MonoField source="code" />
      <TextField source="name" sortable={false} />
      <CoverageField label="resources.teams.fields.scope" sortable={false} />
      <DateTimeField source="createdAt" sortable={false} />
    </Datagrid>
  </List>
);
