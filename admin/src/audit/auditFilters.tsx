import { DateInput, SelectInput, TextInput } from 'react-admin';

/** The entity types the server records, and the resource each one opens. */
export const ENTITY_RESOURCE: Record<string, string> = {
  batch: 'batches',
  form: 'forms',
  task: 'correctionTasks',
  keying: 'keyings',
  user: 'users',
  record: 'verifiedRecords',
  apikey: 'apiKeys',
  team: 'teams',
};

export const ENTITY_TYPES = ['batch', 'form', 'task', 'keying', 'user', 'record', 'export', 'apikey', 'team'];

/** Actions the server writes today (see server/src/services); new ones still show in the list. */
export const ACTIONS = [
  'batch.status',
  'batch.spotcheck',
  'batch.handover',
  'batch.reexport',
  'batch.reopen',
  'form.verify',
  'form.reject',
  'form.rescan',
  'keyings.ingest',
  'task.claim',
  'task.release',
  'task.escalate',
  'task.rekey',
  'task.rekeyed',
  'task.reject',
  'task.reopen',
  'task.resolve',
  'task.comment',
  'spotcheck.confirm',
  'spotcheck.correct',
  'spotcheck.draw',
  'apikey.create',
  'apikey.revoke',
  'team.create',
  'team.update',
  'user.create',
  'user.update',
  'user.enable',
  'user.disable',
  'user.team',
  'user.password-reset',
  'user.password-change',
  'user.logout',
  'users.import',
  'clerks.register',
  'form.reopen',
  'scans.read',
];

export const auditFilters = [
  <SelectInput key="entityType" source="entityType" choices={ENTITY_TYPES.map((id) => ({ id, name: `dk.audit.entity.${id}` }))} alwaysOn sx={{ minWidth: 160 }} />,
  <TextInput key="entityId" source="entityId" alwaysOn sx={{ maxWidth: 130 }} />,
  <SelectInput key="action" source="action" choices={ACTIONS.map((id) => ({ id, name: `dk.audit_log.action.${id}` }))} alwaysOn sx={{ minWidth: 190 }} />,
  <DateInput key="from" source="from" alwaysOn />,
  <DateInput key="to" source="to" alwaysOn />,
];
