import { Box, Typography } from '@mui/material';
import { Labeled, TextField, useRecordContext, useTranslate } from 'react-admin';
import { Show } from '../common/views';
import { DateTimeField } from '../common/fields';
import { MONO_STACK } from '../theme';
import { ActionField, auditDetails, AuditSentence, EntityField } from './AuditFields';

const Title = () => {
  const r = useRecordContext();
  const translate = useTranslate();
  return (
    <span>
      {translate('resources.auditEvents.name', { smart_count: 1 })} #{r?.id} · {r ? translate(`dk.audit_log.action.${r.action}`, { _: r.action }) : ''}
    </span>
  );
};

/** JSON with keys, strings and numbers told apart; no library, no HTML injection (text nodes only). */
const JsonView = ({ value }: { value: unknown }) => {
  const text = JSON.stringify(value ?? {}, null, 2);
  const parts = text.split(/("(?:\\.|[^"\\])*"(?=\s*:)|"(?:\\.|[^"\\])*"|\b-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?\b|\btrue\b|\bfalse\b|\bnull\b)/g);
  return (
    <Box
      component="pre"
      data-testid="audit-data"
      sx={{ m: 0, p: 1.5, borderRadius: 1, border: 1, borderColor: 'divider', bgcolor: 'action.hover', fontFamily: MONO_STACK, fontSize: '0.8rem', lineHeight: 1.5, overflow: 'auto', maxHeight: '60vh', whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}
    >
      {parts.map((p, i) => {
        if (i % 2 === 0) return p;
        const isKey = p.startsWith('"') && /^\s*:/.test(parts[i + 1] ?? '');
        const color = isKey ? 'primary.main' : p.startsWith('"') ? 'success.dark' : p === 'null' ? 'text.disabled' : 'secondary.main';
        return (
          <Box key={i} component="span" sx={{ color, fontWeight: isKey ? 600 : 400 }}>
            {p}
          </Box>
        );
      })}
    </Box>
  );
};

const Data = () => {
  const r = useRecordContext();
  const translate = useTranslate();
  if (!r) return null;
  return (
    <Box sx={{ mt: 2 }}>
      <Typography variant="subtitle2" sx={{ mb: 0.5 }}>
        {translate('dk.audit_log.technical')}
      </Typography>
      <JsonView value={r.data} />
    </Box>
  );
};

/** The event as a sentence, with what its data says underneath. */
const Summary = () => {
  const r = useRecordContext();
  const translate = useTranslate();
  if (!r) return null;
  const details = auditDetails(r, translate);
  return (
    <Box sx={{ mb: 2 }}>
      <Typography variant="body1">
        <AuditSentence />
      </Typography>
      {details.length > 0 && (
        <Typography variant="body2" color="text.secondary" data-testid="audit-details">
          {details.join(' · ')}
        </Typography>
      )}
    </Box>
  );
};

export const AuditShow = () => (
  <Show title={<Title />}>
    <Box sx={{ p: 2 }}>
      <Summary />
      <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(190px, 1fr))', gap: 2 }}>
        <Labeled><TextField source="id" /></Labeled>
        <Labeled><DateTimeField source="at" /></Labeled>
        <Labeled><TextField source="actor" /></Labeled>
        <Labeled label="resources.auditEvents.fields.action"><ActionField /></Labeled>
        <Labeled label="resources.auditEvents.fields.entity"><EntityField /></Labeled>
      </Box>
      <Data />
    </Box>
  </Show>
);
