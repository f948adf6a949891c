import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import type { FieldDef, TemplateDef } from '../domain/template.js';
import { ILLEGIBLE } from '../domain/values.js';
import type { FieldDefinition, FieldValue } from './types.js';
import type { GqlContext } from './context.js';
import { API_KEY_SCOPES, type ApiKeyScope } from '../domain/scopes.js';

export function toFieldDefinition(f: TemplateDef['fields'][number]): FieldDefinition {
  return { key: f.key, labelVi: f.labelVi, labelEn: f.labelEn, type: f.type, required: f.required, sensitive: f.sensitive, allowed: f.allowed ?? [] };
}

/** `show` turns each value into what the caller sees (maskValue), in the same pass. */
export function toFieldValues(t: TemplateDef, values: Record<string, string | null>, sourceOf?: (key: string) => string, show?: (f: FieldDef, v: string | null) => string | null): FieldValue[] {
  const out: FieldValue[] = new Array(t.fields.length);
  for (let i = 0; i < t.fields.length; i++) {
    const f = t.fields[i];
    const key = f.key;
    const v = show ? show(f, values[key] ?? null) : values[key] ?? null;
    out[i] = sourceOf ? ({ key, value: v === ILLEGIBLE ? null : v, illegible: v === ILLEGIBLE, source: sourceOf(key) } as FieldValue) : { key, value: v === ILLEGIBLE ? null : v, illegible: v === ILLEGIBLE };
  }
  return out;
}

/**
 * Whether this page query asks for `field` of its `items` (under any alias, through fragments):
 * a column that costs its own query is only computed when someone reads it.
 */
export function asksForItemField(info: GraphQLResolveInfo, field: string): boolean {
  const within = (set: SelectionSetNode | undefined, name: string, then: (s: SelectionSetNode | undefined) => boolean, seen = new Set<string>()): boolean => {
    for (const s of set?.selections ?? []) {
      if (s.kind === Kind.FIELD) {
        if (s.name.value === name && then(s.selectionSet)) return true;
      } else if (s.kind === Kind.INLINE_FRAGMENT) {
        if (within(s.selectionSet, name, then, seen)) return true;
      } else if (!seen.has(s.name.value)) {
        seen.add(s.name.value);
        if (within(info.fragments[s.name.value]?.selectionSet, name, then, seen)) return true;
      }
    }
    return false;
  };
  return info.fieldNodes.some((n) => within(n.selectionSet, 'items', (items) => within(items, field, () => true)));
}

export function templateOfBatch(ctx: GqlContext, batchId: number): Promise<TemplateDef> {
  return ctx.services.templates.ofBatch(ctx.em, batchId);
}

export async function templateOfForm(ctx: GqlContext, formId: number): Promise<TemplateDef> {
  const form = await ctx.loaders.form.load(formId);
  return templateOfBatch(ctx, form!.batch.id);
}

/**
 * GraphQL roles per capability, kept together so the permission matrix is readable in one place
 * (tests/api/permissions.test.ts checks every operation against its own copy of it).
 * Keying is the stations' alone: an administrator who could also submit keyings under any clerk
 * code could fabricate both passes of a form, so ADMIN is not in `submitKeyings`.
 */
export const CAN = {
  readBatches: ['ADMIN', 'MANAGER', 'REVIEWER', 'STATION', 'KEYER', 'CONSUMER'],
  readPipeline: ['ADMIN', 'MANAGER', 'REVIEWER'],
  readRecords: ['ADMIN', 'MANAGER', 'REVIEWER', 'CONSUMER'],
  // A clerk (KEYER) submits under their own code; a station imports keyings of registered clerks.
  submitKeyings: ['STATION', 'KEYER'],
  /** The keying screen: a clerk signed in as themselves takes forms to key under a lease. */
  keyForms: ['KEYER'],
  review: ['REVIEWER', 'MANAGER'],
  /** Reopening a resolution: its reviewer, or a manager/admin with a reason (domain/reopen.ts). */
  reopenTask: ['ADMIN', 'MANAGER', 'REVIEWER'],
  admin: ['ADMIN'],
  /** Every signed-in person (not API keys: `me` has no person behind a key). */
  any: ['ADMIN', 'MANAGER', 'REVIEWER', 'STATION', 'KEYER', 'CONSUMER'],
  /** Template definitions: every person and every key (stations and consumers need the field list). */
  readTemplates: ['ADMIN', 'MANAGER', 'REVIEWER', 'STATION', 'KEYER', 'CONSUMER'],
  /** Aggregate reports (no personal data): for report queries. */
  readReports: ['ADMIN', 'MANAGER'],
} as const;

/** Which API-key scopes open each capability; an empty list closes it to every key. */
export const KEY_SCOPES: Record<keyof typeof CAN, readonly ApiKeyScope[]> = {
  // Batch codes and progress: stations need the codes, reports the progress; no personal data.
  readBatches: ['keyings:submit', 'records:read', 'records:read-personal', 'reports:read'],
  readPipeline: [],
  // records:read gets sensitive values masked; records:read-personal gets them in clear (graphql/personal.ts).
  readRecords: ['records:read', 'records:read-personal'],
  submitKeyings: ['keyings:submit'],
  keyForms: [],
  review: [],
  reopenTask: [],
  admin: [],
  any: [],
  readTemplates: [...API_KEY_SCOPES],
  readReports: ['reports:read'],
};

/** How a scope travels in an `@Authorized` list next to the roles (roles never contain a colon). */
export const SCOPE_MARK = 'scope:';
export const roles = (k: keyof typeof CAN) => [...CAN[k], ...KEY_SCOPES[k].map((s) => SCOPE_MARK + s)];
