import { Box } from '@mui/material';
import { BooleanField, Labeled, Show, TextField, useRecordContext } from 'react-admin';
import { DateTimeField, EnumField, MonoField } from '../common/fields';

const Title = () => {
  const r = useRecordContext();
  return <span>{r?.displayName} ({r?.username})</span>;
};

export const UserShow = () => (
  <Show title={<Title />}>
    <Box sx={{ p: 2, display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(200px, 1fr))', gap: 2 }}>
      <Labeled><MonoField source="username" /></Labeled>
      <Labeled><TextField source="displayName" /></Labeled>
      <Labeled><EnumField source="role" enumName="Role" /></Labeled>
      <Labeled><TextField source="keyerCode" emptyText="—" /></Labeled>
      <Labeled><BooleanField source="active" /></Labeled>
      <Labeled><DateTimeField source="createdAt" /></Labeled>
    </Box>
  </Show>
);
