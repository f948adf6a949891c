import { Create, PasswordInput, regex, required, SimpleForm, TextInput } from 'react-admin';
import { USERNAME_RE } from '../common/rules';
import { KeyerCodeInput, RoleInput, TeamInput } from './UserForm';

const username = [required(), regex(USERNAME_RE, 'resources.users.help.username')];

/**
 * Admin only. The password policy (length, guessability, no name or username in it) is the
 * server's: its reasons come back per field and show, translated, under the inputs.
 */
export const UserCreate = () => (
  <Create redirect="show" mutationMode="pessimistic">
    <SimpleForm sx={{ maxWidth: 520 }} defaultValues={{ role: 'REVIEWER', teamId: null }}>
      <TextInput source="username" validate={username} helperText="resources.users.help.username" autoComplete="off" autoFocus />
      <TextInput source="displayName" validate={required()} />
      <PasswordInput source="password" validate={required()} helperText="resources.users.help.password" autoComplete="new-password" />
      <RoleInput />
      <KeyerCodeInput />
      <TeamInput />
    </SimpleForm>
  </Create>
);
