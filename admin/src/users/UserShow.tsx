import { Box } from '@mui/material';
import { EditButton, Labeled, TextField, TopToolbar, useRecordContext } from 'react-admin';
import { Show } from '../common/views';
import { DateTimeField, EnumField, MonoField } from '../common/fields';
import { ResetPasswordButton, ToggleActiveButton } from './UserActions';
import { TeamField, UserStatusField } from './UserFields';

const Title = () => {
  const r = useRecordContext();
  return <span>{r?.displayName} ({r?.username})</span>;
};

const Actions = () => (
  <TopToolbar>
    <EditButton />
    <ToggleActiveButton />
    <ResetPasswordButton />
  </TopToolbar>
);

export const UserShow = () => (
  <Show title={<Title />} actions={<Actions />}>
    <Box sx={{ p: 2, display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(200px, 1fr))', gap: 2 }}>
      <Labeled><MonoField source="username" /></Labeled>
      <Labeled><TextField source="displayName" /></Labeled>
      <Labeled><EnumField source="role" enumName="Role" /></Labeled>
      <Labeled><TextField source="keyerCode" emptyText="—" /></Labeled>
      <Labeled label="resources.users.fields.team"><TeamField /></Labeled>
      <Labeled label="resources.users.fields.status"><UserStatusField /></Labeled>
      <Labeled><DateTimeField source="createdAt" /></Labeled>
    </Box>
  </Show>
);
