import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Form, Keying } from '../../db/entities/index.js';
import type { GqlContext } from '../context.js';
import { teamWhere, withinTeam } from '../../services/team.service.js';
import { auditClearRead, guardSensitiveFilter, maskValues, revealsForm, sensitiveKeys } from '../personal.js';
import type { FieldValues } from '../../domain/values.js';
import { isCheckKind } from '../../domain/compare.js';
import { describeMaskedDifference } from '../../domain/masked-diff.js';
import { roles, templateOfBatch, toFieldDefinition } from '../helpers.js';
import { FORM_FILTER, FormList, FormListArgs } from '../lists.js';
import { toId, whereOf } from '../../services/query.service.js';
import { BatchType, CorrectionTaskType, DiscrepancyType, FormFieldRow, FormType, KeyingType, VerifiedRecordType } from '../types.js';

@Resolver(() => FormType)
export class FormResolver {
  @Authorized(roles('readPipeline'))
  @Query(() => FormList)
  async forms(@Args() args: FormListArgs, @Ctx() ctx: GqlContext) {
    const f = args.filter ?? {};
    const where = whereOf(f, FORM_FILTER);
    if (f.citizenId) {
      await guardSensitiveFilter(ctx, 'forms', 'citizenId');
      const bidx = ctx.services.vault.citizenIndexOf(f.citizenId) ?? 'none';
      const ids = (await ctx.em.find(Keying, { citizenBidx: bidx }, { fields: ['form'], limit: 1000 })).map((k) => k.form.id);
      where.id = { $in: [...new Set(ids)] };
    }
    return ctx.services.query.list(ctx.em, Form, withinTeam(ctx.actor, 'batch', where), args);
  }

  @Authorized(roles('readPipeline'))
  @Query(() => FormType)
  form(@Arg('id', () => ID) id: string, @Ctx() ctx: GqlContext) {
    return ctx.services.query.get(ctx.em, Form, id, 'form', teamWhere(ctx.actor, 'batch'));
  }

  @Authorized(roles('admin'))
  @Mutation(() => FormType, { description: 'A rejected form was scanned again: back to review with its new image' })
  rescanForm(@Arg('id', () => ID) id: string, @Arg('imageRef') imageRef: string, @Ctx() ctx: GqlContext) {
    return ctx.services.tasks.rescanForm(ctx, toId(id), imageRef);
  }

  @FieldResolver(() => BatchType)
  batch(@Root() f: Form, @Ctx() ctx: GqlContext) {
    return ctx.loaders.batch.load(f.batch.id);
  }

  // A form is also reachable from a verified record (consumers, record keys): its keyings,
  // discrepancies, task and side-by-side rows are the QA pipeline's, not theirs.
  @Authorized(roles('readPipeline'))
  @FieldResolver(() => [KeyingType], { description: 'Pass 1 and pass 2 (when keyed), in pass order' })
  keyings(@Root() f: Form, @Ctx() ctx: GqlContext) {
    return ctx.loaders.keyingsByForm.load(f.id);
  }

  @Authorized(roles('readPipeline'))
  @FieldResolver(() => [DiscrepancyType])
  discrepancies(@Root() f: Form, @Ctx() ctx: GqlContext) {
    return ctx.loaders.discrepanciesByForm.load(f.id);
  }

  @Authorized(roles('readPipeline'))
  @FieldResolver(() => CorrectionTaskType, { nullable: true, description: 'The latest task: the review, or the spot check drawn after it' })
  async task(@Root() f: Form, @Ctx() ctx: GqlContext) {
    return (await ctx.loaders.tasksByForm.load(f.id)).at(-1) ?? null;
  }

  @Authorized(roles('readPipeline'))
  @FieldResolver(() => [CorrectionTaskType], { description: 'Its review task and its spot check (at most one of each), oldest first' })
  tasks(@Root() f: Form, @Ctx() ctx: GqlContext) {
    return ctx.loaders.tasksByForm.load(f.id);
  }

  @FieldResolver(() => VerifiedRecordType, { nullable: true })
  verifiedRecord(@Root() f: Form, @Ctx() ctx: GqlContext) {
    return ctx.loaders.recordByForm.load(f.id);
  }

  @Authorized(roles('readPipeline'))
  @FieldResolver(() => [FormFieldRow], { description: 'Every template field with both keyings and the final value side by side' })
  async fields(@Root() f: Form, @Ctx() ctx: GqlContext): Promise<FormFieldRow[]> {
    const [tpl, keyings, discrepancies, record] = await Promise.all([
      templateOfBatch(ctx, f.batch.id),
      ctx.loaders.keyingsByForm.load(f.id),
      ctx.loaders.discrepanciesByForm.load(f.id),
      ctx.loaders.recordByForm.load(f.id),
    ]);
    const vault = ctx.services.vault;
    const reveal = await revealsForm(ctx, f.id);
    if (reveal) await auditClearRead(ctx, 'forms.read', f.id, sensitiveKeys(tpl));
    const show = (v: FieldValues) => (reveal ? v : maskValues(tpl, v));
    const k1 = keyings.find((k) => k.pass === 1);
    const k2 = keyings.find((k) => k.pass === 2);
    const c1: FieldValues = k1 ? vault.openKeying(f.id, 1, k1.values) : {};
    const c2: FieldValues = k2 ? vault.openKeying(f.id, 2, k2.values) : {};
    const v1 = show(c1);
    const v2 = show(c2);
    const fin = record ? show(vault.openRecord(f.id, record.values)) : null;
    const dByField = new Map(discrepancies.map((d) => [d.fieldKey, d]));
    return tpl.fields.map((field) => {
      const d = dByField.get(field.key);
      // Masked viewers get where the keyings differ, computed here from the clear values (never returned).
      const masked = !reveal && d && !isCheckKind(d.kind) ? describeMaskedDifference(field, c1[field.key] ?? null, c2[field.key] ?? null, { kind: d.kind, distance: d.editDistance }) : null;
      return {
        field: toFieldDefinition(field),
        value1: v1[field.key] ?? null,
        value2: v2[field.key] ?? null,
        finalValue: fin ? fin[field.key] ?? null : null,
        discrepancyId: d?.id ?? null,
        maskedDifference: masked,
      };
    });
  }
}
