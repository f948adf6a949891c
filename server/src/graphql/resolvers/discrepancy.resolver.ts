import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { Discrepancy, Form } from '../../db/entities/index.js';
import type { GqlContext } from '../context.js';
import { teamWhere, withinTeam } from '../../services/team.service.js';
import { maskValue } from '../../domain/mask.js';
import { describeMaskedDifference, maskedEditDistance, type MaskedDifference } from '../../domain/masked-diff.js';
import { isCheckKind } from '../../domain/compare.js';
import { parseAddress, suggestPlaces } from '../../domain/places.js';
import { auditClearRead, presentNote, revealsForm } from '../personal.js';
import { roles, templateOfForm, toFieldDefinition } from '../helpers.js';
import { DISCREPANCY_FILTER, DiscrepancyList, DiscrepancyListArgs } from '../lists.js';
import { whereOf } from '../../services/query.service.js';
import { CorrectionTaskType, DiscrepancyType, FieldDefinition, FormType, MaskedDifferenceType } from '../types.js';

@Resolver(() => DiscrepancyType)
export class DiscrepancyResolver {
  @Authorized(roles('readPipeline'))
  @Query(() => DiscrepancyList)
  discrepancies(@Args() args: DiscrepancyListArgs, @Ctx() ctx: GqlContext) {
    return ctx.services.query.list(ctx.em, Discrepancy, withinTeam(ctx.actor, 'batch', whereOf(args.filter, DISCREPANCY_FILTER)), args);
  }

  @Authorized(roles('readPipeline'))
  @Query(() => DiscrepancyType)
  discrepancy(@Arg('id', () => ID) id: string, @Ctx() ctx: GqlContext) {
    return ctx.services.query.get(ctx.em, Discrepancy, id, 'discrepancy', teamWhere(ctx.actor, 'batch'));
  }

  @FieldResolver(() => FormType)
  form(@Root() d: Discrepancy, @Ctx() ctx: GqlContext) {
    return ctx.loaders.form.load(d.form.id);
  }

  @FieldResolver(() => CorrectionTaskType)
  task(@Root() d: Discrepancy, @Ctx() ctx: GqlContext) {
    return ctx.loaders.task.load(d.task.id);
  }

  private async shown(ctx: GqlContext, d: Discrepancy, v: string | null | undefined): Promise<string | null> {
    const t = await templateOfForm(ctx, d.form.id);
    const opened = ctx.services.vault.openField(d.form.id, d.fieldKey, v);
    const field = t.fields.find((x) => x.key === d.fieldKey);
    if (!(await revealsForm(ctx, d.form.id))) return field ? maskValue(field, opened) : opened;
    // A sensitive value in clear (null carries nothing).
    if (opened !== null && field?.sensitive) await auditClearRead(ctx, 'discrepancies.read', d.form.id, [d.fieldKey], d.id);
    return opened;
  }

  @FieldResolver(() => FormType, { nullable: true, description: 'For kind CONSISTENCY: the other form of the household whose value this one contradicts' })
  async relatedForm(@Root() d: Discrepancy, @Ctx() ctx: GqlContext) {
    if (!d.relatedForm) return null;
    // A team's reviewer sees the other form only if it is in their team's batches too.
    const scope = teamWhere(ctx.actor, 'batch');
    if (scope && !(await ctx.em.count(Form, { $and: [{ id: d.relatedForm.id }, scope] } as never))) return null;
    return ctx.loaders.form.load(d.relatedForm.id);
  }

  @FieldResolver(() => String, { nullable: true, description: "For kind CONSISTENCY: the related form's value this one contradicts (masked unless you may see this form in clear: it is evidence of this task)" })
  async relatedValue(@Root() d: Discrepancy, @Ctx() ctx: GqlContext): Promise<string | null> {
    if (!d.relatedValue) return null;
    const shown = await this.shown(ctx, d, d.relatedValue);
    if (d.relatedForm && shown !== null && (await revealsForm(ctx, d.form.id))) {
      // The other person's value: that form's clear read is recorded too.
      const field = (await templateOfForm(ctx, d.form.id)).fields.find((x) => x.key === d.fieldKey);
      if (field?.sensitive) await auditClearRead(ctx, 'discrepancies.read', d.relatedForm.id, [d.fieldKey], d.id);
    }
    return shown;
  }

  @FieldResolver(() => String, { nullable: true, description: 'For kind RULE: which cross-field check the agreed value breaks (names fields, never values)' })
  note(@Root() d: Discrepancy, @Ctx() ctx: GqlContext) {
    return presentNote(ctx, d.form.id, d.note);
  }

  @FieldResolver(() => String, { nullable: true, description: 'The first keying (masked unless you may see personal data of this form)' })
  value1(@Root() d: Discrepancy, @Ctx() ctx: GqlContext) {
    return this.shown(ctx, d, d.value1);
  }

  @FieldResolver(() => String, { nullable: true })
  value2(@Root() d: Discrepancy, @Ctx() ctx: GqlContext) {
    return this.shown(ctx, d, d.value2);
  }

  @FieldResolver(() => String, { nullable: true, description: "The third clerk's value after a re-key request" })
  value3(@Root() d: Discrepancy, @Ctx() ctx: GqlContext) {
    return this.shown(ctx, d, d.value3);
  }

  @FieldResolver(() => String, { nullable: true })
  finalValue(@Root() d: Discrepancy, @Ctx() ctx: GqlContext) {
    return this.shown(ctx, d, d.finalValue);
  }

  @FieldResolver(() => [String], { nullable: true, description: 'For kind REFERENCE: corrected values with the closest official names of administrative units (an address keeps its house and street), best first; null for other kinds and when you see this form masked' })
  async suggestions(@Root() d: Discrepancy, @Ctx() ctx: GqlContext): Promise<string[] | null> {
    if (d.kind !== 'REFERENCE' || !(await revealsForm(ctx, d.form.id))) return null;
    const field = (await templateOfForm(ctx, d.form.id)).fields.find((x) => x.key === d.fieldKey);
    const value = ctx.services.vault.openField(d.form.id, d.fieldKey, d.value1 ?? d.value2);
    if (!field || value === null) return [];
    // Derived from the value: read in clear like it.
    if (field.sensitive) await auditClearRead(ctx, 'discrepancies.read', d.form.id, [d.fieldKey], d.id);
    if (field.type !== 'ADDRESS') return suggestPlaces(value, 5, { kind: 'place' });
    // An address keeps its house and street: only the administrative part is suggested.
    const street = parseAddress(value, { kind: 'address' }).street;
    return suggestPlaces(value, 5, { kind: 'address' }).map((s) => (street ? `${street}, ${s}` : s));
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: 'Character edit distance between the normalized values; null when you see this field masked and the distance would tell a length the mask hides (a missing value: its length)',
  })
  async editDistance(@Root() d: Discrepancy, @Ctx() ctx: GqlContext): Promise<number | null> {
    const field = (await templateOfForm(ctx, d.form.id)).fields.find((x) => x.key === d.fieldKey);
    if (!field?.sensitive || (await revealsForm(ctx, d.form.id))) return d.editDistance;
    return maskedEditDistance(field, d.kind, d.editDistance);
  }

  @FieldResolver(() => MaskedDifferenceType, {
    nullable: true,
    description:
      'Where and how the two keyings differ, for a caller who sees this field masked (two masks often read the same): computed from the clear values, returned masked. Null when you see the values in clear, for fields that are not sensitive, and for kinds raised on agreed values',
  })
  async maskedDifference(@Root() d: Discrepancy, @Ctx() ctx: GqlContext): Promise<MaskedDifference | null> {
    if (isCheckKind(d.kind)) return null;
    const field = (await templateOfForm(ctx, d.form.id)).fields.find((x) => x.key === d.fieldKey);
    if (!field?.sensitive || (await revealsForm(ctx, d.form.id))) return null;
    const vault = ctx.services.vault;
    // Opened here only to compare; nothing in clear leaves this function (domain/masked-diff.ts).
    return describeMaskedDifference(field, vault.openField(d.form.id, d.fieldKey, d.value1), vault.openField(d.form.id, d.fieldKey, d.value2), { kind: d.kind, distance: d.editDistance });
  }

  @FieldResolver(() => FieldDefinition)
  async field(@Root() d: Discrepancy, @Ctx() ctx: GqlContext) {
    const t = await templateOfForm(ctx, d.form.id);
    return toFieldDefinition(t.fields.find((x) => x.key === d.fieldKey)!);
  }
}
