import { maskValue } from '../domain/mask.js';
import type { TemplateDef } from '../domain/template.js';
import type { FieldValues } from '../domain/values.js';
import { audit } from '../services/audit.service.js';
import type { GqlContext } from './context.js';

/**
 * Who sees personal data in clear, decided in one place after the permission check:
 * - admins (they run the register; their reads are audited like a consumer's),
 * - reviewers and managers for the forms of tasks they hold or resolved,
 * - systems whose API key has the `records:read-personal` scope.
 * Everyone else gets masked values (`Nguyễn V** A*`, `001*******45`).
 */
export async function revealsForm(ctx: GqlContext, formId: number): Promise<boolean> {
  const a = ctx.actor;
  if (!a) return false;
  if (a.kind === 'key') return !!a.scopes?.includes('records:read-personal');
  if (a.role === 'ADMIN') return true;
  if (a.role === 'REVIEWER' || a.role === 'MANAGER') {
    const task = await ctx.loaders.taskByForm.load(formId);
    if (!task) return false;
    const holds = task.status === 'CLAIMED' && task.claimedBy?.id === a.userId;
    return holds || task.resolvedBy?.id === a.userId;
  }
  return false;
}

export function maskValues(t: TemplateDef, values: FieldValues): FieldValues {
  const out: FieldValues = {};
  for (const f of t.fields) out[f.key] = maskValue(f, values[f.key] ?? null);
  return out;
}

/** Opened values as this caller may see them. */
export async function present(ctx: GqlContext, t: TemplateDef, formId: number, values: FieldValues): Promise<FieldValues> {
  return (await revealsForm(ctx, formId)) ? values : maskValues(t, values);
}

export async function presentOne(ctx: GqlContext, t: TemplateDef, formId: number, fieldKey: string, v: string | null): Promise<string | null> {
  if (await revealsForm(ctx, formId)) return v;
  const f = t.fields.find((x) => x.key === fieldKey);
  return f ? maskValue(f, v) : v;
}

/** Reads of personal data in clear by systems, consumers and admins leave a trace: record, fields. */
export async function auditRead(ctx: GqlContext, recordId: number, t: TemplateDef): Promise<void> {
  const a = ctx.actor;
  if (!a || !(a.kind === 'key' || a.role === 'ADMIN' || a.role === 'CONSUMER')) return;
  await audit(ctx.em, a, [{ action: 'records.read', entityType: 'record', entityId: recordId, data: { fields: t.fields.filter((f) => f.sensitive).map((f) => f.key) } }]);
}
