import { Create, minLength, PasswordInput, regex, required, SelectInput, SimpleForm, TextInput } from 'react-admin';
import { enumChoices } from '../common/enums';

const username = [required(), regex(/^[a-z0-9._-]{3,50}$/, 'resources.users.help.username')];
const password = [required(), minLength(12)];

/** Admin only. The server checks every rule again and its field errors show next to the inputs. */
export const UserCreate = () => (
  <Create redirect="show">
    <SimpleForm sx={{ maxWidth: 520 }}>
      <TextInput source="username" validate={username} helperText="resources.users.help.username" autoComplete="off" autoFocus />
      <TextInput source="displayName" validate={required()} />
      <PasswordInput source="password" validate={password} helperText="resources.users.help.password" autoComplete="new-password" />
      <SelectInput source="role" choices={enumChoices('Role')} validate={required()} defaultValue="REVIEWER" />
      <TextInput source="keyerCode" helperText="resources.users.help.keyerCode" parse={(v: string) => (v ? v.trim() : null)} />
    </SimpleForm>
  </Create>
);
