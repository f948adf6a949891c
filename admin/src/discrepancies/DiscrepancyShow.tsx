import { Box } from '@mui/material';
import { Labeled, Link, NumberField, useRecordContext, useTranslate } from 'react-admin';
import { Show } from '../common/views';
import { DateTimeField, EmbeddedLink, EnumField, KeyedValue, TemplateFieldLabel, useFieldLabel } from '../common/fields';
import { diffStyles } from '../review/DiffText';
import { useTemplateFields } from '../common/useTemplateFields';
import { useRuleNote } from '../review/ruleNote';
import { MaskedDiffSummary } from '../review/MaskedDiffText';
import { DiffValueField } from './DiscrepancyList';
import { RelatedFormField } from './RelatedFormField';

const Title = () => {
  const r = useRecordContext();
  const translate = useTranslate();
  const label = useFieldLabel();
  return <span>{translate('resources.discrepancies.name', { smart_count: 1 })} #{r?.id} · {label(r?.field, r?.fieldKey)}</span>;
};

const TaskLink = () => {
  const r = useRecordContext();
  if (!r?.task) return null;
  return <Link to={`/correctionTasks/${r.task.id}/show`}>#{r.task.id}</Link>;
};

const Final = () => {
  const r = useRecordContext();
  if (!r) return null;
  return r.resolvedAt ? <KeyedValue value={r.finalValue} /> : <span>—</span>;
};

const Third = () => {
  const r = useRecordContext();
  if (!r || r.value3 == null) return <span>—</span>;
  return <KeyedValue value={r.value3} type={r.field?.type} />;
};

const Note = () => {
  const r = useRecordContext();
  // Every field's label: a household note names a field of the other form too.
  const fields = useTemplateFields();
  const note = useRuleNote(fields.map((field) => ({ field })));
  if (!r?.note) return <span>—</span>;
  return <span>{note(r.note)}</span>;
};

/** For a masked viewer: what kind of difference, where (in the masked text) and how large. */
const WhereMasked = () => {
  const r = useRecordContext();
  if (!r?.maskedDifference) return null;
  return (
    <Labeled label="dk.quality.masked.where">
      <MaskedDiffSummary diff={r.maskedDifference} />
    </Labeled>
  );
};

/** CONSISTENCY: the household's other form and the value this one contradicts. */
const Related = () => {
  const r = useRecordContext();
  if (!r?.relatedForm) return null;
  return <Labeled label="resources.discrepancies.fields.relatedForm"><RelatedFormField /></Labeled>;
};

export const DiscrepancyShow = () => (
  <Show title={<Title />}>
    <Box sx={{ p: 2, display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))', gap: 2, ...diffStyles }}>
      <Labeled label="resources.discrepancies.fields.form"><EmbeddedLink source="form" resource="forms" text={(f) => `${f.batch?.code ?? ''} / ${f.formNumber}`} /></Labeled>
      <Labeled label="resources.discrepancies.fields.fieldKey"><TemplateFieldLabel /></Labeled>
      <Labeled><EnumField source="kind" enumName="DiscrepancyKind" /></Labeled>
      <Labeled><NumberField source="editDistance" /></Labeled>
      <Labeled label="resources.discrepancies.fields.value1"><DiffValueField side="a" /></Labeled>
      <Labeled label="resources.discrepancies.fields.value2"><DiffValueField side="b" /></Labeled>
      <WhereMasked />
      <Labeled label="resources.discrepancies.fields.value3"><Third /></Labeled>
      <Labeled label="resources.discrepancies.fields.note"><Note /></Labeled>
      <Related />
      <Labeled label="resources.discrepancies.fields.finalValue"><Final /></Labeled>
      <Labeled><EnumField source="outcome" enumName="Outcome" /></Labeled>
      <Labeled label="resources.discrepancies.fields.task"><TaskLink /></Labeled>
      <Labeled><DateTimeField source="createdAt" /></Labeled>
      <Labeled><DateTimeField source="resolvedAt" emptyText="—" /></Labeled>
    </Box>
  </Show>
);
