import type { TemplateDef } from '../domain/template.js';
import { ILLEGIBLE } from '../domain/values.js';
import type { FieldDefinition, FieldValue } from './types.js';
import type { GqlContext } from './context.js';
import type { Batch } from '../db/entities/index.js';

export function toFieldDefinition(f: TemplateDef['fields'][number]): FieldDefinition {
  return { key: f.key, labelVi: f.labelVi, labelEn: f.labelEn, type: f.type, required: f.required, sensitive: f.sensitive, allowed: f.allowed ?? [] };
}

export function toFieldValues(t: TemplateDef, values: Record<string, string | null>): FieldValue[] {
  return t.fields.map((f) => {
    const v = values[f.key] ?? null;
    return { key: f.key, value: v === ILLEGIBLE ? null : v, illegible: v === ILLEGIBLE };
  });
}

export async function templateOfBatch(ctx: GqlContext, batchId: number): Promise<TemplateDef> {
  const batch = (await ctx.loaders.batch.load(batchId)) as Batch;
  return ctx.services.templates.get(ctx.em, batch.template.id);
}

export async function templateOfForm(ctx: GqlContext, formId: number): Promise<TemplateDef> {
  const form = await ctx.loaders.form.load(formId);
  return templateOfBatch(ctx, form!.batch.id);
}

/** GraphQL roles per capability, kept together so the permission matrix is readable in one place. */
export const CAN = {
  readBatches: ['ADMIN', 'MANAGER', 'REVIEWER', 'STATION', 'CONSUMER'],
  readPipeline: ['ADMIN', 'MANAGER', 'REVIEWER'],
  readRecords: ['ADMIN', 'MANAGER', 'REVIEWER', 'CONSUMER'],
  submitKeyings: ['STATION', 'ADMIN'],
  review: ['REVIEWER', 'MANAGER'],
  admin: ['ADMIN'],
  any: ['ADMIN', 'MANAGER', 'REVIEWER', 'STATION', 'CONSUMER'],
} as const;
export const roles = (k: keyof typeof CAN) => [...CAN[k]];
