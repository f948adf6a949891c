import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { VerifiedRecord } from '../../db/entities/index.js';
import type { GqlContext } from '../context.js';
import { roles, templateOfBatch, toFieldValues } from '../helpers.js';
import { VerifiedRecordList, VerifiedRecordListArgs } from '../lists.js';
import { toId } from '../../services/query.service.js';
import { BatchType, FormType, UserType, VerifiedRecordType, VerifiedValue } from '../types.js';

@Resolver(() => VerifiedRecordType)
export class RecordResolver {
  @Authorized(roles('readRecords'))
  @Query(() => VerifiedRecordList)
  verifiedRecords(@Args() args: VerifiedRecordListArgs, @Ctx() ctx: GqlContext) {
    const f = args.filter ?? {};
    const where: Record<string, unknown> = {};
    if (f.ids) where.id = { $in: f.ids.map((x) => toId(x, 'filter.ids')) };
    if (f.batchId) where.batch = toId(f.batchId, 'filter.batchId');
    if (f.formId) where.form = toId(f.formId, 'filter.formId');
    if (f.automatic !== undefined && f.automatic !== null) where.automatic = f.automatic;
    if (f.verifiedFrom || f.verifiedTo) {
      where.verifiedAt = { ...(f.verifiedFrom ? { $gte: f.verifiedFrom } : {}), ...(f.verifiedTo ? { $lte: f.verifiedTo } : {}) };
    }
    return ctx.services.query.list(ctx.em, VerifiedRecord, where, args);
  }

  @Authorized(roles('readRecords'))
  @Query(() => VerifiedRecordType)
  verifiedRecord(@Arg('id', () => ID) id: string, @Ctx() ctx: GqlContext) {
    return ctx.services.query.get(ctx.em, VerifiedRecord, id, 'verified record');
  }

  @FieldResolver(() => [VerifiedValue], { description: 'Final values in template order, each with where it came from' })
  async values(@Root() r: VerifiedRecord, @Ctx() ctx: GqlContext): Promise<VerifiedValue[]> {
    const t = await templateOfBatch(ctx, r.batch.id);
    return toFieldValues(t, r.values).map((v) => ({ ...v, source: r.sources[v.key] ?? 'AGREED' }));
  }

  @FieldResolver(() => FormType)
  form(@Root() r: VerifiedRecord, @Ctx() ctx: GqlContext) {
    return ctx.loaders.form.load(r.form.id);
  }

  @FieldResolver(() => BatchType)
  batch(@Root() r: VerifiedRecord, @Ctx() ctx: GqlContext) {
    return ctx.loaders.batch.load(r.batch.id);
  }

  @FieldResolver(() => UserType, { nullable: true })
  verifiedBy(@Root() r: VerifiedRecord, @Ctx() ctx: GqlContext) {
    return r.verifiedBy ? ctx.loaders.user.load(r.verifiedBy.id) : null;
  }
}
