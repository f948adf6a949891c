import { required, SaveButton, ShowButton, SimpleForm, TextInput, Toolbar, TopToolbar, useRecordContext } from 'react-admin';
import { Edit } from '../common/views';
import { ResetPasswordButton, ToggleActiveButton } from './UserActions';
import { KeyerCodeInput, RoleInput, TeamInput } from './UserForm';

const Title = () => {
  const r = useRecordContext();
  return <span>{r?.displayName} ({r?.username})</span>;
};

const Actions = () => (
  <TopToolbar>
    <ShowButton />
    <ToggleActiveButton />
    <ResetPasswordButton />
  </TopToolbar>
);

/**
 * Name, role, keyer code (updateUser: only what changed is sent) and team (setUserTeam).
 * Pessimistic: a refused change (a keyer code already used by keyings) shows at once.
 */
export const UserEdit = () => (
  <Edit title={<Title />} actions={<Actions />} mutationMode="pessimistic" redirect="show">
    {/* No delete: accounts are disabled, never deleted (their work and audit trail name them). */}
    <SimpleForm sx={{ maxWidth: 520 }} toolbar={<Toolbar><SaveButton /></Toolbar>}>
      <TextInput source="username" disabled />
      <TextInput source="displayName" validate={required()} />
      <RoleInput />
      <KeyerCodeInput />
      <TeamInput />
    </SimpleForm>
  </Edit>
);
