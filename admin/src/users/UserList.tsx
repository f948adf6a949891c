import { CreateButton, Datagrid, ExportButton, TextField, TopToolbar } from 'react-admin';
import { List } from '../common/views';
import { csvExporter, cols } from '../common/csv';
import { DateTimeField, EnumField, MonoField } from '../common/fields';
import { ImportUsersButton } from './ImportUsersDialog';
import { TeamField, UserStatusField } from './UserFields';
import { userFilters } from './userFilters';

const exporter = csvExporter(
  'users',
  cols('id', 'username', 'displayName', 'role', 'keyerCode', ['team', (r: any) => r.team?.code ?? ''], 'active', 'mustChangePassword', 'createdAt'),
);

const Actions = () => (
  <TopToolbar>
    <CreateButton />
    <ImportUsersButton />
    <ExportButton />
  </TopToolbar>
);

export const UserList = () => (
  <List filters={userFilters} actions={<Actions />} sort={{ field: 'username', order: 'ASC' }} perPage={25} exporter={exporter}>
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <MonoField source="username" />
      <TextField source="displayName" sortable={false} />
      <EnumField source="role" enumName="Role" sortable={false} />
      <TextField source="keyerCode" sortable={false} emptyText="—" />
      <TeamField label="resources.users.fields.team" sortable={false} />
      <UserStatusField label="resources.users.fields.status" sortable={false} />
      <DateTimeField source="createdAt" sortable={false} />
    </Datagrid>
  </List>
);
