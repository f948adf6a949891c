import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Keying } from '../../db/entities/index.js';
import type { GqlContext } from '../context.js';
import { teamWhere, withinTeam } from '../../services/team.service.js';
import { auditClearRead, maskValues, revealsForm, sensitiveKeys } from '../personal.js';
import { roles, templateOfForm, toFieldValues } from '../helpers.js';
import { KEYING_FILTER, KeyingList, KeyingListArgs } from '../lists.js';
import { whereOf } from '../../services/query.service.js';
import { FieldValue, FormType, KeyingOutcomeType, KeyingType } from '../types.js';
import { KeyingInput } from '../inputs.js';
import { skipValidation } from '../validation.js';

@Resolver(() => KeyingType)
export class KeyingResolver {
  @Authorized(roles('submitKeyings'))
  @Mutation(() => [KeyingOutcomeType], {
    description:
      'Submit up to MAX_KEYINGS_PER_CALL keyings. Each is all-or-nothing and gets its own outcome; resending one with the same idempotency key returns DUPLICATE and stores nothing.',
  })
  // KeyingInput has no class-validator rules (the ingest service validates every field): skip the
  // validator's walk over up to 1,000 inputs.
  async submitKeyings(@Arg('keyings', () => [KeyingInput], { validateFn: skipValidation }) keyings: KeyingInput[], @Ctx() ctx: GqlContext) {
    const outcomes = await ctx.services.ingest.submit(ctx, keyings);
    for (const o of outcomes) ctx.services.metrics.keyings.inc({ status: o.status });
    // A clerk keying as themselves is not told what became of the form: AUTO_VERIFIED or IN_REVIEW
    // after their pass would say that the other pass is in, and whether it agreed with theirs.
    const clerk = ctx.actor?.kind !== 'key' && ctx.actor?.role === 'KEYER';
    return clerk ? outcomes.map((o) => ({ ...o, formStatus: null })) : outcomes;
  }

  @Authorized(roles('readPipeline'))
  @Query(() => KeyingList)
  keyings(@Args() args: KeyingListArgs, @Ctx() ctx: GqlContext) {
    return ctx.services.query.list(ctx.em, Keying, withinTeam(ctx.actor, 'form.batch', whereOf(args.filter, KEYING_FILTER)), args);
  }

  @Authorized(roles('readPipeline'))
  @Query(() => KeyingType)
  keying(@Arg('id', () => ID) id: string, @Ctx() ctx: GqlContext) {
    return ctx.services.query.get(ctx.em, Keying, id, 'keying', teamWhere(ctx.actor, 'form.batch'));
  }

  @FieldResolver(() => FormType)
  form(@Root() k: Keying, @Ctx() ctx: GqlContext) {
    return ctx.loaders.form.load(k.form.id);
  }

  @FieldResolver(() => [FieldValue], { description: 'Values in template order, as typed' })
  async values(@Root() k: Keying, @Ctx() ctx: GqlContext) {
    const t = await templateOfForm(ctx, k.form.id);
    const opened = ctx.services.vault.openKeying(k.form.id, k.pass, k.values);
    const reveal = await revealsForm(ctx, k.form.id);
    if (reveal) await auditClearRead(ctx, 'keyings.read', k.id, sensitiveKeys(t));
    return toFieldValues(t, reveal ? opened : maskValues(t, opened));
  }
}
