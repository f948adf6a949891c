import { Box, Chip, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Labeled, TextField, usePermissions, useRecordContext, useTranslate } from 'react-admin';
import { Show } from '../common/views';
import { DateTimeField, EmbeddedLink, KeyedValue, useFieldLabel } from '../common/fields';
import { ENUM_TONES } from '../common/enums';
import { canRead } from '../roles';

const Title = () => {
  const r = useRecordContext();
  const translate = useTranslate();
  return <span>{translate('resources.verifiedRecords.name', { smart_count: 1 })} · {r?.batch?.code} / {r?.form?.formNumber}</span>;
};

const Values = () => {
  const r = useRecordContext();
  const translate = useTranslate();
  const label = useFieldLabel();
  if (!r) return null;
  const defs = new Map<string, any>((r.batch?.template?.fields ?? []).map((f: any) => [f.key, f]));
  return (
    <Box sx={{ mt: 2 }}>
      <Typography variant="h6" sx={{ mb: 1 }}>{translate('resources.verifiedRecords.fields.values')}</Typography>
      <Table size="small" sx={{ tableLayout: 'fixed' }}>
        <TableHead>
          <TableRow>
            <TableCell sx={{ width: 36 }}>#</TableCell>
            <TableCell sx={{ width: '32%' }}>{translate('resources.verifiedRecords.fields.key')}</TableCell>
            <TableCell>{translate('resources.verifiedRecords.fields.value')}</TableCell>
            <TableCell sx={{ width: 170 }}>{translate('resources.verifiedRecords.fields.source')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {((r.values ?? []) as any[]).map((v, i) => {
            const tone = ENUM_TONES.ValueSource?.[v.source] ?? 'default';
            return (
              <TableRow key={v.key}>
                <TableCell sx={{ color: 'text.secondary' }}>{i + 1}</TableCell>
                <TableCell title={v.key}>{label(defs.get(v.key), v.key)}</TableCell>
                <TableCell><KeyedValue value={v.value} illegible={v.illegible} /></TableCell>
                <TableCell>
                  {v.source !== 'AGREED' ? (
                    <Chip size="small" color={tone} variant="outlined" label={translate(`dk.enums.ValueSource.${v.source}`)} />
                  ) : (
                    <Typography variant="caption" color="text.secondary">{translate('dk.enums.ValueSource.AGREED')}</Typography>
                  )}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </Box>
  );
};

const VerifiedBy = () => {
  const r = useRecordContext();
  const translate = useTranslate();
  if (!r) return null;
  if (r.verifiedBy) return <TextField source="verifiedBy.displayName" />;
  // Consumers get an opaque reference instead of the reviewer's name.
  if (r.reviewerRef) return <TextField source="reviewerRef" />;
  return <Typography variant="body2">{translate('resources.verifiedRecords.by_system')}</Typography>;
};

const Header = () => {
  const { permissions } = usePermissions();
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(190px, 1fr))', gap: 2 }}>
      <Labeled label="resources.verifiedRecords.fields.batch"><EmbeddedLink source="batch" resource="batches" text={(b) => b.code} linkable={permissions !== 'CONSUMER'} /></Labeled>
      <Labeled label="resources.verifiedRecords.fields.form"><EmbeddedLink source="form" resource="forms" text={(f) => f.formNumber} linkable={canRead(permissions, 'forms')} /></Labeled>
      <Labeled><DateTimeField source="verifiedAt" /></Labeled>
      <Labeled label="resources.verifiedRecords.fields.verifiedBy"><VerifiedBy /></Labeled>
    </Box>
  );
};

export const RecordShow = () => (
  <Show title={<Title />}>
    <Box sx={{ p: 2 }}>
      <Header />
      <Values />
    </Box>
  </Show>
);
