import { Box, Chip } from '@mui/material';
import { Link, useGetManyAggregate, useRecordContext, useTranslate, type RaRecord } from 'react-admin';
import { ENTITY_RESOURCE } from './auditFilters';

type Translate = ReturnType<typeof useTranslate>;

/** "000123 · 092-BT-0002": form numbers repeat across batches, so both. */
const formRef = (formNumber: unknown, batchCode: unknown) => (formNumber ? (batchCode ? `${formNumber} · ${batchCode}` : String(formNumber)) : '');

/** What an entity is called in a sentence, from its row (read through the data provider). */
const NAMING: Record<string, (r: RaRecord) => Record<string, unknown>> = {
  form: (r) => ({ form: formRef(r.formNumber, r.batch?.code) }),
  task: (r) => ({ form: formRef(r.form?.formNumber, r.batch?.code) }),
  batch: (r) => ({ code: r.code }),
  keying: (r) => ({ pass: r.pass, form: formRef(r.form?.formNumber, r.form?.batch?.code) }),
  user: (r) => ({ name: r.username }),
  record: (r) => ({ form: formRef(r.form?.formNumber, r.batch?.code) }),
  apikey: (r) => ({ name: r.name }),
  team: (r) => ({ code: r.code }),
};

/** Screens without a show page open their edit page. */
const EDIT_ONLY = new Set(['teams']);

/**
 * The entity of an event as words ("phiếu 000123 · 092-BT-0002") and a link to its screen. The
 * rows are read with react-admin's aggregated getMany: one request per resource for a whole page.
 */
export function useAuditEntity(r: RaRecord | undefined): { text: string; to: string | null } {
  const translate = useTranslate();
  const type = String(r?.entityType ?? '');
  const id = r?.entityId != null ? String(r.entityId) : null;
  const resource = ENTITY_RESOURCE[type];
  const enabled = Boolean(resource && id && NAMING[type]);
  const { data, isPending } = useGetManyAggregate(resource ?? 'auditEvents', { ids: id ? [id] : [] }, { enabled, retry: false });
  if (!r || !id) return { text: type ? translate(`dk.audit_log.entity.${type}`, { _: translate(`dk.audit.entity.${type}`, { _: type }) }) : '', to: null };
  const row = data?.find((x) => String(x.id) === id);
  const to = resource ? (EDIT_ONLY.has(resource) ? `/${resource}/${id}` : `/${resource}/${id}/show`) : null;
  const vars = row && NAMING[type] ? NAMING[type](row) : null;
  const typeWord = translate(`dk.audit.entity.${type}`, { _: type });
  // While its name loads the entity reads as its kind only: a database id flashing in its place
  // reads like the "Form #162" this log replaced. Not found (or not readable): the id, as a last resort.
  const text =
    vars && Object.values(vars).every((v) => v !== '' && v != null)
      ? translate(`dk.audit_log.entity.${type}`, vars)
      : enabled && isPending
        ? `${typeWord} …`
        : translate('dk.audit_log.entity.unknown', { type: typeWord, id });
  return { text, to };
}

export function actorName(actor: unknown, translate: Translate): string {
  const a = String(actor ?? '');
  if (a === 'system' || a === '') return translate('dk.audit_log.system');
  const key = /^key:(.+)$/.exec(a);
  return key ? translate('dk.audit_log.api_key', { prefix: key[1] }) : a;
}

const MARK = '\u0001';

/**
 * The event as a sentence: "admin trả nhiệm vụ duyệt phiếu 000123 · 092-BT-0002 về hàng đợi",
 * the entity linked to its screen. Actions without a sentence of their own still read as one.
 */
export const AuditSentence = (_: { label?: string; sortable?: boolean }) => {
  const r = useRecordContext();
  const translate = useTranslate();
  const entity = useAuditEntity(r);
  if (!r) return null;
  const marks = { actor: `${MARK}a${MARK}`, entity: `${MARK}e${MARK}` };
  const sentence = translate(`dk.audit_log.said.${r.action}`, { ...marks, _: translate('dk.audit_log.said.other', { ...marks, action: r.action }) });
  const parts = sentence.split(new RegExp(`${MARK}([ae])${MARK}`));
  return (
    <Box component="span" data-testid="audit-sentence">
      {parts.map((p, i) => {
        if (i % 2 === 0) return p;
        if (p === 'a') return <b key={i}>{actorName(r.actor, translate)}</b>;
        return entity.to ? (
          <Link key={i} to={entity.to} onClick={(e: React.MouseEvent) => e.stopPropagation()}>
            {entity.text}
          </Link>
        ) : (
          <span key={i}>{entity.text}</span>
        );
      })}
    </Box>
  );
};

const STATUS_ENUM: Record<string, string> = { task: 'TaskStatus', form: 'FormStatus', batch: 'BatchStatus' };

/** What the event's data says, as short phrases (the show page also has the data as recorded). */
export function auditDetails(r: RaRecord, translate: Translate): string[] {
  const d = (r.data ?? {}) as Record<string, unknown>;
  const out: string[] = [];
  const statusEnum = STATUS_ENUM[r.entityType];
  const status = (v: unknown) => (v == null ? '—' : statusEnum ? translate(`dk.enums.${statusEnum}.${v}`, { _: String(v) }) : String(v));
  // A move between states (or teams); objects (a team's changed fields) are left to the show page.
  const plain = (v: unknown) => v === null || typeof v === 'string';
  if ('from' in d && 'to' in d && plain(d.from) && plain(d.to)) out.push(translate('dk.audit_log.details.change', { from: status(d.from), to: status(d.to) }));
  if (typeof d.reason === 'string' && d.reason) out.push(translate('dk.audit_log.details.reason', { text: d.reason }));
  if (typeof d.comment === 'string' && d.comment) out.push(translate('dk.audit_log.details.comment', { text: d.comment }));
  if (Array.isArray(d.fields) && d.fields.length) out.push(translate('dk.audit_log.details.fields', { smart_count: d.fields.length }));
  if (typeof d.recordCount === 'number') out.push(translate('dk.audit_log.details.records', { smart_count: d.recordCount }));
  if (Array.isArray(d.keyingIds)) out.push(translate('dk.audit_log.details.keyings', { smart_count: d.keyingIds.length }));
  if (Array.isArray(d.userIds)) out.push(translate('dk.audit_log.details.users', { smart_count: d.userIds.length }));
  if (d.again === true) out.push(translate('dk.audit_log.details.again'));
  return out;
}

export const AuditDetails = (_: { label?: string; sortable?: boolean }) => {
  const r = useRecordContext();
  const translate = useTranslate();
  if (!r) return null;
  const text = auditDetails(r, translate).join(' · ');
  return (
    <Box component="span" title={text.length > 80 ? text : undefined} sx={{ color: 'text.secondary', display: 'block', maxWidth: { xs: 220, lg: 360, xl: 560 }, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
      {text}
    </Box>
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

/** The action's name in the reader's language (its code when it has none yet). */
export const ActionField = (_: { label?: string; sortable?: boolean }) => {
  const r = useRecordContext();
  const translate = useTranslate();
  if (!r) return null;
  const tone = TONES[String(r.action).split('.').pop() ?? ''] ?? 'default';
  return <Chip size="small" variant="outlined" color={tone} label={translate(`dk.audit_log.action.${r.action}`, { _: r.action })} title={r.action} sx={{ width: 'fit-content' }} />;
};

/** The entity an event is about, named and linked to its screen when there is one. */
export const EntityField = (_: { label?: string; sortable?: boolean }) => {
  const r = useRecordContext();
  const entity = useAuditEntity(r);
  if (!r) return null;
  return entity.to ? (
    <Link to={entity.to} onClick={(e: React.MouseEvent) => e.stopPropagation()}>
      {entity.text}
    </Link>
  ) : (
    <span>{entity.text}</span>
  );
};
