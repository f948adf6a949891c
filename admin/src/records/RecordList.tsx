import { Chip } from '@mui/material';
import { Datagrid, ExportButton, TextField, TopToolbar, useFieldValue, usePermissions, useTranslate, type Exporter } from 'react-admin';
import { List } from '../common/views';
import { downloadCsv, toCsv } from '../common/csv';
import { DateTimeField, EmbeddedLink } from '../common/fields';
import { canRead } from '../roles';
import { recordFilters } from './recordFilters';

/**
 * One CSV row per verified form, one column per template field (the export asks the API for
 * the values too, see meta.detail), plus where each value came from.
 */
const exporter: Exporter = (rows: any[]) => {
  const keys: string[] = rows[0]?.values?.map((v: any) => v.key) ?? [];
  const header = ['id', 'batch', 'formNumber', 'automatic', 'verifiedAt', 'verifiedBy', ...keys, ...keys.map((k) => `${k}.source`)];
  const lines = rows.map((r) => {
    const byKey = new Map<string, any>(r.values.map((v: any) => [v.key, v]));
    return [
      r.id,
      r.batch?.code,
      r.form?.formNumber,
      r.automatic,
      r.verifiedAt,
      r.verifiedBy?.displayName ?? r.reviewerRef ?? '',
      ...keys.map((k) => (byKey.get(k)?.illegible ? '[illegible]' : byKey.get(k)?.value ?? '')),
      ...keys.map((k) => byKey.get(k)?.source ?? ''),
    ];
  });
  downloadCsv(toCsv(header, lines), 'verified-records');
};

const AutomaticField = (_: { label?: string; sortable?: boolean }) => {
  const automatic = useFieldValue({ source: 'automatic' });
  const translate = useTranslate();
  return automatic ? (
    <Chip size="small" color="success" variant="outlined" label={translate('resources.verifiedRecords.automatic')} />
  ) : (
    <Chip size="small" color="info" variant="outlined" label={translate('resources.verifiedRecords.reviewed')} />
  );
};

const Actions = () => (
  <TopToolbar>
    <ExportButton maxResults={10000} meta={{ detail: true }} />
  </TopToolbar>
);

export const RecordList = () => {
  const { permissions } = usePermissions();
  return (
    <List filters={recordFilters} sort={{ field: 'verifiedAt', order: 'DESC' }} perPage={25} exporter={exporter} actions={<Actions />}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="id" />
        <EmbeddedLink source="batch" resource="batches" text={(b) => b.code} linkable={canRead(permissions, 'batches') && permissions !== 'CONSUMER'} sortable={false} />
        <EmbeddedLink source="form" resource="forms" text={(f) => f.formNumber} linkable={canRead(permissions, 'forms')} sortable={false} />
        <AutomaticField label="resources.verifiedRecords.fields.how" sortable={false} />
        <DateTimeField source="verifiedAt" />
        <TextField source={permissions === 'CONSUMER' ? 'reviewerRef' : 'verifiedBy.displayName'} label="resources.verifiedRecords.fields.verifiedBy" sortable={false} emptyText="—" />
      </Datagrid>
    </List>
  );
};
