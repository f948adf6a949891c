import { BooleanField, Datagrid, List, NullableBooleanInput, SelectInput, TextField } from 'react-admin';
import { csvExporter, cols } from '../common/csv';
import { enumChoices } from '../common/enums';
import { DateTimeField, EnumField, MonoField } from '../common/fields';

const userFilters = [
  <SelectInput key="role" source="role" choices={enumChoices('Role')} alwaysOn />,
  <NullableBooleanInput key="active" source="active" alwaysOn sx={{ minWidth: 150 }} />,
];

const exporter = csvExporter('users', cols('id', 'username', 'displayName', 'role', 'keyerCode', 'active', 'createdAt'));

export const UserList = () => (
  <List filters={userFilters} sort={{ field: 'username', order: 'ASC' }} perPage={25} exporter={exporter}>
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <MonoField source="username" />
      <TextField source="displayName" sortable={false} />
      <EnumField source="role" enumName="Role" sortable={false} />
      <TextField source="keyerCode" sortable={false} emptyText="—" />
      <BooleanField source="active" sortable={false} />
      <DateTimeField source="createdAt" sortable={false} />
    </Datagrid>
  </List>
);
