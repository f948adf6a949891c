import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { VerifiedRecord } from '../../db/entities/index.js';
import type { GqlContext } from '../context.js';
import { teamWhere, withinTeam } from '../../services/team.service.js';
import { roles, templateOfBatch, toFieldValues } from '../helpers.js';
import { auditRead, guardSensitiveFilter, revealsForm, seesStaffNames } from '../personal.js';
import { RECORD_FILTER, VerifiedRecordList, VerifiedRecordListArgs } from '../lists.js';
import { whereOf } from '../../services/query.service.js';
import { BatchType, FormType, UserType, VerifiedRecordType, VerifiedValue } from '../types.js';
import { readEm } from '../../services/sql.js';
import { maskValue } from '../../domain/mask.js';
import { RECORD_LIST, type RecordView } from '../../services/record-sync.js';

/**
 * Consumers (people and API keys) read records from a streaming replica when there is one: a
 * record that appears a few milliseconds late is fine for them. Reviewers, managers and admins act
 * on what they read (the review flow) and read the primary, so they always see their own writes.
 */
const recordEm = (ctx: GqlContext) => (ctx.actor && (ctx.actor.kind === 'key' || ctx.actor.role === 'CONSUMER') ? readEm(ctx.em) : ctx.em);

/**
 * A record's final values and how this caller may see them: in clear (the read audited) or
 * masked by `show`. One decision for `values` and `valueMap`.
 */
async function shownValues(r: RecordView, ctx: GqlContext) {
  const t = await templateOfBatch(ctx, r.batch.id);
  const values = ctx.services.vault.openRecord(r.form.id, r.values);
  const reveal = await revealsForm(ctx, r.form.id);
  if (reveal) await auditRead(ctx, r.id, t);
  // Masked value by value as each field presents them (no masked copy of the record).
  return { t, values, show: reveal ? undefined : maskValue };
}

@Resolver(() => VerifiedRecordType)
export class RecordResolver {
  @Authorized(roles('readRecords'))
  @Query(() => VerifiedRecordList)
  async verifiedRecords(@Args() args: VerifiedRecordListArgs, @Ctx() ctx: GqlContext) {
    const f = args.filter ?? {};
    const where = whereOf(f, RECORD_FILTER);
    if (f.citizenId) {
      await guardSensitiveFilter(ctx, 'records', 'citizenId');
      where.citizenBidx = ctx.services.vault.citizenIndexOf(f.citizenId) ?? 'none';
    }
    return ctx.services.query.list(recordEm(ctx), VerifiedRecord, withinTeam(ctx.actor, 'batch', where), args, RECORD_LIST);
  }

  @Authorized(roles('readRecords'))
  @Query(() => VerifiedRecordType)
  verifiedRecord(@Arg('id', () => ID) id: string, @Ctx() ctx: GqlContext) {
    return ctx.services.query.get(recordEm(ctx), VerifiedRecord, id, 'verified record', teamWhere(ctx.actor, 'batch'));
  }

  @FieldResolver(() => [VerifiedValue], {
    description: 'Final values in template order, each with where it came from. Personal data is masked unless the caller may see it (an API key with records:read-personal, an admin, the reviewer of the form); reads in clear are audited.',
  })
  async values(@Root() r: RecordView, @Ctx() ctx: GqlContext): Promise<VerifiedValue[]> {
    const { t, values, show } = await shownValues(r, ctx);
    // One object per value, built once: a page of 50 records is 1,500 of them.
    const sources = r.sources;
    return toFieldValues(t, values, (key) => sources[key] ?? 'AGREED', show) as VerifiedValue[];
  }

  @FieldResolver(() => GraphQLJSONObject, {
    description:
      'The same final values as one object, field key to value in template order (null when empty; `⁇` when illegible), masked and audited exactly like `values`. For systems reading many records: one field per record instead of one object per value',
  })
  async valueMap(@Root() r: RecordView, @Ctx() ctx: GqlContext): Promise<Record<string, string | null>> {
    const { t, values, show } = await shownValues(r, ctx);
    const out: Record<string, string | null> = {};
    for (const f of t.fields) out[f.key] = show ? show(f, values[f.key] ?? null) : values[f.key] ?? null;
    return out;
  }

  @FieldResolver(() => GraphQLJSONObject, { description: 'Where each value of valueMap came from, field key to AGREED, FIRST, SECOND, THIRD or REVIEWER (the `source` of values)' })
  async sourceMap(@Root() r: RecordView, @Ctx() ctx: GqlContext): Promise<Record<string, string>> {
    const t = await templateOfBatch(ctx, r.batch.id);
    const out: Record<string, string> = {};
    for (const f of t.fields) out[f.key] = r.sources[f.key] ?? 'AGREED';
    return out;
  }

  @FieldResolver(() => FormType)
  form(@Root() r: RecordView, @Ctx() ctx: GqlContext) {
    return ctx.loaders.form.load(r.form.id);
  }

  @FieldResolver(() => BatchType)
  batch(@Root() r: RecordView, @Ctx() ctx: GqlContext) {
    return ctx.loaders.batch.load(r.batch.id);
  }

  @FieldResolver(() => UserType, { nullable: true, description: 'The reviewer, for staff; null for consumers and API keys (they get reviewerRef) and for automatic records' })
  verifiedBy(@Root() r: RecordView, @Ctx() ctx: GqlContext) {
    return r.verifiedBy && seesStaffNames(ctx.actor) ? ctx.loaders.user.load(r.verifiedBy.id) : null;
  }

  @FieldResolver(() => String, { nullable: true })
  reviewerRef(@Root() r: RecordView, @Ctx() ctx: GqlContext) {
    return r.verifiedBy ? ctx.services.vault.reviewerRef(r.verifiedBy.id) : null;
  }
}
