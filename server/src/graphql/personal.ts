import DataLoader from 'dataloader';
import { DomainError } from '../domain/errors.js';
import { maskValue } from '../domain/mask.js';
import { redactNote } from '../domain/rules.js';
import type { TemplateDef } from '../domain/template.js';
import type { FieldValues } from '../domain/values.js';
import { audit, type AuditEntry } from '../services/audit.service.js';
import type { Actor } from '../services/context.js';
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
  if (seesEveryForm(a)) return true;
  if (a.kind !== 'key' && (a.role === 'REVIEWER' || a.role === 'MANAGER')) {
    // A form may have a review task and a spot check: either one, held or resolved by them.
    const tasks = await ctx.loaders.tasksByForm.load(formId);
    return tasks.some((task) => (task.status === 'CLAIMED' && task.claimedBy?.id === a.userId) || task.resolvedBy?.id === a.userId);
  }
  return false;
}

/** Admins and `records:read-personal` keys see every form in clear; others at most their own tasks'. */
function seesEveryForm(a: Actor | null): boolean {
  if (!a) return false;
  if (a.kind === 'key') return !!a.scopes?.includes('records:read-personal');
  return a.role === 'ADMIN';
}

/**
 * Filtering a list by a sensitive value answers "does this value exist?" whatever the rows show:
 * with masked IDs (`001*******45`, sex, birth year) 10,000 guesses confirm any citizen ID. So only
 * those who see every form in clear may filter (a reviewer sees clear values of their own tasks
 * only, not list-wide), and their searches are audited: the field, never the value nor anything
 * derived from it.
 */
export async function guardSensitiveFilter(ctx: GqlContext, list: 'records' | 'forms', field: 'citizenId'): Promise<void> {
  if (!seesEveryForm(ctx.actor)) {
    throw new DomainError('FORBIDDEN', 'filtering by citizen ID needs permission to see citizen IDs in clear', { field: `filter.${field}` });
  }
  await audit(ctx.em, ctx.actor, [{ action: `${list}.search`, entityType: list === 'records' ? 'record' : 'form', data: { field } }]);
}

export function maskValues(t: TemplateDef, values: FieldValues): FieldValues {
  const out: FieldValues = {};
  for (const f of t.fields) out[f.key] = maskValue(f, values[f.key] ?? null);
  return out;
}

/** A discrepancy's note goes through the same decision as its values (old notes quoted them). */
export async function presentNote(ctx: GqlContext, formId: number, note: string | null | undefined): Promise<string | null> {
  if (!note) return note ?? null;
  return (await revealsForm(ctx, formId)) ? note : redactNote(note);
}

/**
 * Staff see who verified a record; consumers and systems get an opaque reference instead (one
 * reviewer, one reference, so they can still group records by reviewer without learning who).
 */
export const seesStaffNames = (a: Actor | null): boolean => !!a && a.kind !== 'key' && (a.role === 'ADMIN' || a.role === 'MANAGER' || a.role === 'REVIEWER');

// ---- Reads in clear leave a trace ---------------------------------------------------------------
//
// Admins, consumers and API keys are audited; a reviewer or manager reading the form of a task they
// hold or resolved is doing that task (its claim and resolution are audited already). One event per
// request tick and kind of read: a page of 200 forms writes one event with their ids, not 200.

export type ClearRead = 'records.read' | 'forms.read' | 'keyings.read' | 'discrepancies.read';
const ENTITY: Record<ClearRead, AuditEntry['entityType']> = { 'records.read': 'record', 'forms.read': 'form', 'keyings.read': 'keying', 'discrepancies.read': 'form' };

interface ReadKey {
  id: number;
  fields: string[];
  /** discrepancies.read: the discrepancy (the event's entity is its form). */
  detail?: number;
}

const collectors = new WeakMap<GqlContext, Map<ClearRead, DataLoader<ReadKey, true, string>>>();

function collector(ctx: GqlContext, action: ClearRead): DataLoader<ReadKey, true, string> {
  let m = collectors.get(ctx);
  if (!m) collectors.set(ctx, (m = new Map()));
  let l = m.get(action);
  if (!l) {
    l = new DataLoader<ReadKey, true, string>(
      async (keys) => {
        const ids = [...new Set(keys.map((k) => k.id))];
        const fields = [...new Set(keys.flatMap((k) => k.fields))];
        const data: Record<string, unknown> = { ids, fields };
        if (action === 'discrepancies.read') data.discrepancies = keys.map((k) => k.detail);
        await audit(ctx.em, ctx.actor, [{ action, entityType: ENTITY[action], entityId: ids.length === 1 ? ids[0] : null, data }]);
        return keys.map(() => true as const);
      },
      // Reading the same row twice in a request is one read.
      { cacheKeyFn: (k) => `${k.id}/${k.detail ?? ''}` },
    );
    m.set(action, l);
  }
  return l;
}

const audited = (a: Actor | null): boolean => !!a && (a.kind === 'key' || a.role === 'ADMIN' || a.role === 'CONSUMER');

/** Records a read in clear of these sensitive fields (none: nothing personal was read, no event). */
export async function auditClearRead(ctx: GqlContext, action: ClearRead, id: number, fields: string[], detail?: number): Promise<void> {
  if (!fields.length || !audited(ctx.actor)) return;
  await collector(ctx, action).load({ id, fields, detail });
}

export const sensitiveKeys = (t: TemplateDef): string[] => t.fields.filter((f) => f.sensitive).map((f) => f.key);

/** Reads of a verified record's values in clear: record, fields. */
export async function auditRead(ctx: GqlContext, recordId: number, t: TemplateDef): Promise<void> {
  await auditClearRead(ctx, 'records.read', recordId, sensitiveKeys(t));
}
