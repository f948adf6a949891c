import { Box, Chip } from '@mui/material';
import { Link, useRecordContext, useTranslate } from 'react-admin';
import { MONO_STACK } from '../theme';
import { ENTITY_RESOURCE } from './auditFilters';

/** The entity an event is about, linked to its screen when there is one. */
export const EntityField = (_: { label?: string; sortable?: boolean }) => {
  const r = useRecordContext();
  const translate = useTranslate();
  if (!r) return null;
  const name = translate(`dk.audit.entity.${r.entityType}`, { _: r.entityType });
  const resource = ENTITY_RESOURCE[r.entityType];
  if (!r.entityId) return <span>{name}</span>;
  const text = `${name} #${r.entityId}`;
  return resource ? (
    <Link to={`/${resource}/${r.entityId}/show`} onClick={(e: React.MouseEvent) => e.stopPropagation()} sx={{ whiteSpace: 'nowrap' }}>
      {text}
    </Link>
  ) : (
    <span style={{ whiteSpace: 'nowrap' }}>{text}</span>
  );
};

const TONES: Record<string, 'default' | 'info' | 'success' | 'warning' | 'error'> = {
  escalate: 'warning',
  reject: 'error',
  revoke: 'error',
  reopen: 'warning',
  handover: 'success',
  verify: 'success',
  resolve: 'success',
  confirm: 'success',
  correct: 'warning',
  claim: 'info',
};

export const ActionField = (_: { label?: string; sortable?: boolean }) => {
  const r = useRecordContext();
  if (!r) return null;
  const tone = TONES[String(r.action).split('.').pop() ?? ''] ?? 'default';
  return <Chip size="small" variant="outlined" color={tone} label={r.action} sx={{ fontFamily: MONO_STACK, fontSize: '0.75rem', width: 'fit-content' }} />;
};

/** The event's data on one line (the show view pretty-prints it). */
export const DataSummary = (_: { label?: string; sortable?: boolean }) => {
  const r = useRecordContext();
  if (!r) return null;
  const s = JSON.stringify(r.data ?? {});
  return (
    <Box component="span" title={s.length > 120 ? s.slice(0, 2000) : undefined} sx={{ fontFamily: MONO_STACK, fontSize: '0.75rem', color: 'text.secondary', display: 'block', maxWidth: { xs: 220, lg: 360, xl: 560 }, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
      {s === '{}' ? '' : s}
    </Box>
  );
};
