import { Create, regex, required, SimpleForm, TextInput } from 'react-admin';

const provinceCode = [required(), regex(/^\d{3}$/, 'dk.validation.province_code')];
const code = [required(), regex(/^[\p{L}\p{N}._-]{1,50}$/u, 'dk.validation.batch_code')];

/** Admin only (the menu and the route both check); the server validates again. */
export const BatchCreate = () => (
  <Create redirect="show">
    <SimpleForm sx={{ maxWidth: 520 }}>
      <TextInput source="code" validate={code} autoFocus />
      <TextInput source="provinceCode" validate={provinceCode} />
      <TextInput source="district" validate={required()} />
      <TextInput source="commune" validate={required()} />
      <TextInput source="templateCode" defaultValue="dc01" validate={required()} />
    </SimpleForm>
  </Create>
);
