import { Alert, Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { BooleanField, Labeled, NumberField, TextField, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { Show } from '../common/views';
import { DateTimeField, EmbeddedLink, EnumField, EnumText, KeyedValue, useFieldLabel } from '../common/fields';
import { charDiff } from '../review/charDiff';
import { DiffText, diffStyles } from '../review/DiffText';
import { MaskedDiffSummary, MaskedDiffText } from '../review/MaskedDiffText';
import { RelatedForm } from '../review/RelatedForm';
import { useRuleNote } from '../review/ruleNote';
import { useTemplateFields } from '../common/useTemplateFields';
import { LeaseField } from './LeaseField';
import { TaskShowActions } from '../review/ReopenButton';
import { formatDateTime } from '../common/dates';

const Title = () => {
  const r = useRecordContext();
  const translate = useTranslate();
  return <span>{translate('resources.correctionTasks.name', { smart_count: 1 })} #{r?.id} · {r?.batch?.code} / {r?.form?.formNumber}</span>;
};

const Discrepancies = () => {
  const r = useRecordContext();
  const translate = useTranslate();
  const label = useFieldLabel();
  const rows = (r?.discrepancies ?? []) as any[];
  // Every field's label: a household note names a field of the other form too.
  const fields = useTemplateFields();
  const note = useRuleNote(fields.map((field) => ({ field })));
  const third = rows.some((d) => d.value3 != null);
  const related = rows.some((d) => d.relatedForm);
  if (!rows.length) return null;
  return (
    <Box sx={{ mt: 2, ...diffStyles }}>
      <Typography variant="h6" sx={{ mb: 1 }}>{translate('resources.correctionTasks.fields.discrepancies')}</Typography>
      <Table size="small" sx={{ tableLayout: 'fixed' }}>
        <TableHead>
          <TableRow>
            <TableCell sx={{ width: '20%' }}>{translate('resources.discrepancies.fields.fieldKey')}</TableCell>
            <TableCell sx={{ width: '14%' }}>{translate('resources.discrepancies.fields.kind')}</TableCell>
            <TableCell>{translate('resources.discrepancies.fields.value1')}</TableCell>
            <TableCell>{translate('resources.discrepancies.fields.value2')}</TableCell>
            {third && <TableCell>{translate('resources.discrepancies.fields.value3')}</TableCell>}
            {related && <TableCell>{translate('resources.discrepancies.fields.relatedForm')}</TableCell>}
            <TableCell>{translate('resources.discrepancies.fields.finalValue')}</TableCell>
            <TableCell sx={{ width: '12%' }}>{translate('resources.discrepancies.fields.outcome')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((d) => {
            const diff = charDiff(d.value1, d.value2);
            return (
              <TableRow key={d.id}>
                <TableCell title={d.fieldKey}>{label(d.field, d.fieldKey)}</TableCell>
                <TableCell>
                  <EnumText enumName="DiscrepancyKind" value={d.kind} />
                  {d.note && <Typography variant="caption" component="div" color="warning.main">{note(d.note)}</Typography>}
                </TableCell>
                <TableCell>{d.maskedDifference ? <MaskedDiffText diff={d.maskedDifference} side="a" type={d.field?.type} /> : <DiffText segments={diff.a} empty={!d.value1} type={d.field?.type} />}</TableCell>
                <TableCell>
                  {d.maskedDifference ? <MaskedDiffText diff={d.maskedDifference} side="b" type={d.field?.type} /> : <DiffText segments={diff.b} empty={!d.value2} type={d.field?.type} />}
                  {d.maskedDifference && <MaskedDiffSummary diff={d.maskedDifference} />}
                </TableCell>
                {third && <TableCell>{d.value3 != null ? <KeyedValue value={d.value3} type={d.field?.type} /> : '—'}</TableCell>}
                {related && (
                  <TableCell>
                    {d.relatedForm ? <RelatedForm bare testId={`related-${d.fieldKey}`} relatedForm={d.relatedForm} relatedValue={d.relatedValue} compareTo={d.value1} type={d.field?.type} /> : '—'}
                  </TableCell>
                )}
                <TableCell>{d.outcome ? <KeyedValue value={d.finalValue} type={d.field?.type} /> : '—'}</TableCell>
                <TableCell><EnumText enumName="Outcome" value={d.outcome} /></TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </Box>
  );
};

const time = (iso: string, locale: string) => formatDateTime(iso, locale);

/** The task's note (why a spot check was drawn, why the form was rejected) and its comments. */
const NotesAndComments = () => {
  const r = useRecordContext();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const note = useRuleNote([]);
  if (!r) return null;
  const comments = (r.comments ?? []) as { id: string; text: string; createdAt: string; author: { displayName: string } }[];
  return (
    <Box sx={{ mt: 2, display: 'flex', flexDirection: 'column', gap: 1 }}>
      {r.note && (
        <Alert severity={r.status === 'REJECTED' ? 'error' : 'info'} data-testid="task-note">
          {note(r.note)}
        </Alert>
      )}
      <Typography variant="h6">{translate('resources.correctionTasks.fields.comments')}</Typography>
      {comments.length ? (
        <Box component="ul" sx={{ m: 0, pl: 0, listStyle: 'none' }} data-testid="task-comments">
          {comments.map((c) => (
            <Box component="li" key={c.id} sx={{ py: 0.5, borderBottom: 1, borderColor: 'divider' }}>
              <Typography variant="body2">
                <b>{c.author.displayName}</b>{' '}
                <Typography component="span" variant="caption" color="text.secondary">
                  {time(c.createdAt, locale)}
                </Typography>
              </Typography>
              <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>{c.text}</Typography>
            </Box>
          ))}
        </Box>
      ) : (
        <Typography variant="body2" color="text.secondary">{translate('dk.tasks.no_comments')}</Typography>
      )}
    </Box>
  );
};

export const TaskShow = () => (
  <Show title={<Title />} actions={<TaskShowActions />}>
    <Box sx={{ p: 2 }}>
      <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(170px, 1fr))', gap: 2 }}>
        <Labeled label="resources.correctionTasks.fields.form"><EmbeddedLink source="form" resource="forms" text={(f) => f.formNumber} /></Labeled>
        <Labeled label="resources.correctionTasks.fields.batch"><EmbeddedLink source="batch" resource="batches" text={(b) => b.code} /></Labeled>
        <Labeled><EnumField source="kind" enumName="TaskKind" /></Labeled>
        <Labeled><EnumField source="status" enumName="TaskStatus" /></Labeled>
        <Labeled><BooleanField source="escalated" /></Labeled>
        <Labeled><NumberField source="discrepancyCount" /></Labeled>
        <Labeled><DateTimeField source="createdAt" /></Labeled>
        <Labeled label="resources.correctionTasks.fields.claimedBy"><TextField source="claimedBy.displayName" emptyText="—" /></Labeled>
        <Labeled><DateTimeField source="claimedAt" emptyText="—" /></Labeled>
        <Labeled label="resources.correctionTasks.fields.leaseUntil"><LeaseField /></Labeled>
        <Labeled><DateTimeField source="resolvedAt" emptyText="—" /></Labeled>
        <Labeled label="resources.correctionTasks.fields.resolvedBy"><TextField source="resolvedBy.displayName" emptyText="—" /></Labeled>
      </Box>
      <Discrepancies />
      <NotesAndComments />
    </Box>
  </Show>
);
