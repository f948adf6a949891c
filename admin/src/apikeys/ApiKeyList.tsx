import { Datagrid, SelectInput, TextField } from 'react-admin';
import { List } from '../common/views';
import { csvExporter, cols } from '../common/csv';
import { DateTimeField } from '../common/fields';
import { KeyPrefixField, ScopesField, StatusField } from './ApiKeyFields';
import { RevokeApiKeyButton } from './RevokeApiKeyButton';

// The API filters on revocation only; its values go through the boolean filter mapping.
const apiKeyFilters = [
  <SelectInput
    key="revoked"
    source="revoked"
    label="resources.apiKeys.fields.status"
    choices={[
      { id: 'false', name: 'dk.apiKeys.active' },
      { id: 'true', name: 'dk.apiKeys.revoked' },
    ]}
    alwaysOn
    sx={{ minWidth: 170 }}
  />,
];

const exporter = csvExporter(
  'api-keys',
  cols('id', 'name', 'prefix', ['scopes', (r: any) => (r.scopes ?? []).join(' ')], 'role', 'createdAt', 'lastUsedAt', 'revokedAt'),
);

/** Administrators: the keys other systems use (never their secrets). Sortable on the API's indexed columns only. */
export const ApiKeyList = () => (
  <List filters={apiKeyFilters} sort={{ field: 'createdAt', order: 'DESC' }} perPage={25} exporter={exporter}>
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <TextField source="name" sortable={false} />
      <ScopesField label="resources.apiKeys.fields.scopes" sortable={false} />
      <KeyPrefixField label="resources.apiKeys.fields.prefix" sortable={false} />
      <DateTimeField source="createdAt" />
      <DateTimeField source="lastUsedAt" sortable={false} emptyText="dk.apiKeys.never_used" />
      <StatusField label="resources.apiKeys.fields.status" sortable={false} />
      <RevokeApiKeyButton variant="text" />
    </Datagrid>
  </List>
);
