import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { CorrectionTask } from '../../db/entities/index.js';
import type { GqlContext } from '../context.js';
import { teamWhere, withinTeam } from '../../services/team.service.js';
import { roles, templateOfBatch } from '../helpers.js';
import { agreedFields } from '../../services/spot-check.js';
import { CorrectionTaskList, CorrectionTaskListArgs, TASK_FILTER } from '../lists.js';
import { plainRows, toId, whereOf } from '../../services/query.service.js';
import { BatchType, CorrectionTaskType, DiscrepancyType, FormType, TaskCommentType, UserType } from '../types.js';
import { FieldCorrectionInput, ResolutionInput } from '../inputs.js';
import { TaskComment } from '../../db/entities/index.js';
import { DomainError } from '../../domain/errors.js';
import { mayReopen } from '../../domain/reopen.js';
import { CheckWarningType } from '../check.types.js';
import { skipValidation } from '../validation.js';

const OVERRIDE = 'Why the final values are right although they fail a check (see resolutionWarnings/spotCheckWarnings): required when they do, refused (CHECKS_FAILED) without it; audited, sealed';

// ResolutionInput and FieldCorrectionInput have no class-validator rules (the services validate
// them): no validator walk (graphql/validation.ts).
const NO_RULES = { validateFn: skipValidation } as const;

const resolutionsOf = (list: ResolutionInput[]) => list.map((x, i) => ({ ...x, discrepancyId: toId(x.discrepancyId, `resolutions.${i}.discrepancyId`) }));

/** A task has at most one discrepancy per template field: longer lists are refused before any work. */
function maxItems(list: unknown[], what: string, max = 200) {
  if (list.length > max) throw new DomainError('TOO_MANY_ITEMS', `at most ${max} ${what} per call, got ${list.length}`, { max });
}

@Resolver(() => CorrectionTaskType)
export class TaskResolver {
  @Authorized(roles('readPipeline'))
  @Query(() => CorrectionTaskList)
  correctionTasks(@Args() args: CorrectionTaskListArgs, @Ctx() ctx: GqlContext) {
    // Plain rows (fields read properties and reference ids; relations come from loaders); cursor
    // pages by id only: the task indexes lead with status, so other orders would scan.
    return ctx.services.query.list(ctx.em, CorrectionTask, withinTeam(ctx.actor, 'batch', whereOf(args.filter, TASK_FILTER)), args, { cursorSorts: ['id'], rows: plainRows(CorrectionTask) });
  }

  @Authorized(roles('readPipeline'))
  @Query(() => CorrectionTaskType)
  correctionTask(@Arg('id', () => ID) id: string, @Ctx() ctx: GqlContext) {
    return ctx.services.query.get(ctx.em, CorrectionTask, id, 'correction task', teamWhere(ctx.actor, 'batch'));
  }

  @Authorized(roles('review'))
  @Mutation(() => CorrectionTaskType, {
    nullable: true,
    description: 'Claim the oldest open task you may take (optionally in one batch) under a lease; null when the queue is empty. Returns the task you already hold, if any.',
  })
  claimNextTask(@Arg('batchId', () => ID, { nullable: true }) batchId: string | null, @Ctx() ctx: GqlContext) {
    // The claim reads the task's discrepancies in its own statement (PostgreSQL): the answer's `discrepancies` reuse them.
    return ctx.services.tasks.claimNext(ctx, batchId ? toId(batchId, 'batchId') : null, (taskId, rows) => ctx.loaders.discrepanciesByTask.prime(taskId, rows));
  }

  @Authorized(roles('review'))
  @Mutation(() => CorrectionTaskType, { description: 'Give a claimed task back to the queue' })
  releaseTask(
    @Arg('id', () => ID) id: string,
    @Arg('setAside', () => Boolean, { defaultValue: true, description: 'Your next claims hand you any other task first, for a lease’s length (false: a release that is not about this task, e.g. to reopen another)' }) setAside: boolean,
    @Ctx() ctx: GqlContext,
  ) {
    return ctx.services.tasks.release(ctx, toId(id), setAside);
  }

  @Authorized(roles('review'))
  @Mutation(() => CorrectionTaskType, { description: 'Resolve every discrepancy of a task you hold; the form becomes verified' })
  async resolveTask(
    @Arg('id', () => ID) id: string,
    @Arg('resolutions', () => [ResolutionInput], NO_RULES) resolutions: ResolutionInput[],
    @Arg('overrideReason', () => String, { nullable: true, description: OVERRIDE }) overrideReason: string | null,
    @Ctx() ctx: GqlContext,
  ) {
    maxItems(resolutions, 'resolutions');
    const r = await ctx.services.tasks.resolve(ctx, toId(id), resolutionsOf(resolutions), overrideReason);
    return r.task;
  }

  @Authorized(roles('review'))
  @Query(() => [CheckWarningType], { description: 'The checks the verified record would fail if you resolved the task you hold this way (some resolutions may be left out): warnings to show before submitting' })
  resolutionWarnings(@Arg('id', () => ID) id: string, @Arg('resolutions', () => [ResolutionInput], NO_RULES) resolutions: ResolutionInput[], @Ctx() ctx: GqlContext) {
    maxItems(resolutions, 'resolutions');
    return ctx.services.tasks.resolutionWarnings(ctx, toId(id), resolutionsOf(resolutions));
  }

  @Authorized(roles('review'))
  @Mutation(() => CorrectionTaskType, { description: 'Hand a task you hold to a senior reviewer (manager); the comment is required' })
  escalateTask(@Arg('id', () => ID) id: string, @Arg('comment') comment: string, @Ctx() ctx: GqlContext) {
    return ctx.services.tasks.escalate(ctx, toId(id), comment);
  }

  @Authorized(roles('review'))
  @Mutation(() => CorrectionTaskType, { description: 'Ask a third clerk to key the disputed fields (submitKeyings with pass 3)' })
  requestRekey(@Arg('id', () => ID) id: string, @Arg('comment', () => String, { nullable: true }) comment: string | null, @Ctx() ctx: GqlContext) {
    return ctx.services.tasks.requestRekey(ctx, toId(id), comment);
  }

  @Authorized(roles('review'))
  @Mutation(() => CorrectionTaskType, { description: 'The scan is unreadable: the form leaves the pipeline until rescanned' })
  rejectForm(@Arg('taskId', () => ID) taskId: string, @Arg('reason') reason: string, @Ctx() ctx: GqlContext) {
    return ctx.services.tasks.rejectForm(ctx, toId(taskId, 'taskId'), reason);
  }

  @Authorized(roles('review'))
  @Mutation(() => CorrectionTaskType, { description: 'Confirm a spot-checked record (no corrections) or correct some of its fields' })
  resolveSpotCheck(
    @Arg('id', () => ID) id: string,
    @Arg('corrections', () => [FieldCorrectionInput], { defaultValue: [], ...NO_RULES }) corrections: FieldCorrectionInput[],
    @Arg('overrideReason', () => String, { nullable: true, description: OVERRIDE }) overrideReason: string | null,
    @Ctx() ctx: GqlContext,
  ) {
    maxItems(corrections, 'corrections');
    return ctx.services.tasks.resolveSpotCheck(ctx, toId(id), corrections, overrideReason);
  }

  @Authorized(roles('review'))
  @Query(() => [CheckWarningType], { description: 'The checks the record would fail after these corrections of the spot check you hold: warnings to show before submitting' })
  spotCheckWarnings(@Arg('id', () => ID) id: string, @Arg('corrections', () => [FieldCorrectionInput], { defaultValue: [], ...NO_RULES }) corrections: FieldCorrectionInput[], @Ctx() ctx: GqlContext) {
    maxItems(corrections, 'corrections');
    return ctx.services.tasks.spotCheckWarnings(ctx, toId(id), corrections);
  }

  @Authorized(roles('reopenTask'))
  @Mutation(() => CorrectionTaskType, {
    description:
      "Reopen a resolved review task before its batch is handed over (BATCH_HANDED_OVER after): its reviewer without a reason, a manager or admin with one. The form goes back to review (its record kept until settled again), the resolution's error charges are taken back; the task comes back claimed by you (a reviewer or manager) or to its queue. Audited",
  })
  reopenTask(@Arg('id', () => ID) id: string, @Arg('reason', () => String, { nullable: true, description: "Why: required to reopen another person's resolution; sealed in the audit" }) reason: string | null, @Ctx() ctx: GqlContext) {
    return ctx.services.tasks.reopen(ctx, toId(id), reason);
  }

  @FieldResolver(() => Boolean, { description: 'Whether you may reopen this resolution now (reopenTask): a resolved review task of a batch not handed over, resolved by you, or you are a manager or admin' })
  async canReopen(@Root() t: CorrectionTask, @Ctx() ctx: GqlContext): Promise<boolean> {
    if (!ctx.actor || t.kind !== 'REVIEW' || t.status !== 'RESOLVED') return false;
    const batch = await ctx.loaders.batch.load(t.batch.id);
    return mayReopen(ctx.actor, t, batch?.status ?? 'HANDED_OVER');
  }

  @Authorized(roles('review'))
  @Mutation(() => TaskCommentType)
  addTaskComment(@Arg('taskId', () => ID) taskId: string, @Arg('text') text: string, @Ctx() ctx: GqlContext) {
    return ctx.services.tasks.addComment(ctx, toId(taskId, 'taskId'), text);
  }

  @FieldResolver(() => [TaskCommentType], { description: 'Oldest first' })
  comments(@Root() t: CorrectionTask, @Ctx() ctx: GqlContext) {
    return ctx.loaders.commentsByTask.load(t.id);
  }

  @FieldResolver(() => FormType)
  form(@Root() t: CorrectionTask, @Ctx() ctx: GqlContext) {
    return ctx.loaders.form.load(t.form.id);
  }

  @FieldResolver(() => BatchType)
  batch(@Root() t: CorrectionTask, @Ctx() ctx: GqlContext) {
    return ctx.loaders.batch.load(t.batch.id);
  }

  @FieldResolver(() => [DiscrepancyType])
  discrepancies(@Root() t: CorrectionTask, @Ctx() ctx: GqlContext) {
    return ctx.loaders.discrepanciesByTask.load(t.id);
  }

  @FieldResolver(() => [String], {
    nullable: true,
    description: 'For a spot check, the keys of the fields it covers, in template order: every field of an automatically verified record, the fields both clerks agreed on for a reviewed one (RISK policy). Null for a review task',
  })
  async spotCheckFields(@Root() t: CorrectionTask, @Ctx() ctx: GqlContext): Promise<string[] | null> {
    if (t.kind !== 'SPOT_CHECK') return null;
    const [tpl, record, corrections] = await Promise.all([templateOfBatch(ctx, t.batch.id), ctx.loaders.recordByForm.load(t.form.id), ctx.loaders.discrepanciesByTask.load(t.id)]);
    const keys = tpl.fields.map((f) => f.key);
    if (!record) return keys;
    // A field this spot check corrected is no longer AGREED in the record: it was covered all the same.
    const corrected = new Set(corrections.map((d) => d.fieldKey));
    const agreed = new Set(agreedFields(keys, record.sources));
    return keys.filter((k) => agreed.has(k) || corrected.has(k));
  }

  @FieldResolver(() => UserType, { nullable: true })
  claimedBy(@Root() t: CorrectionTask, @Ctx() ctx: GqlContext) {
    return t.claimedBy ? ctx.loaders.user.load(t.claimedBy.id) : null;
  }

  @FieldResolver(() => UserType, { nullable: true })
  resolvedBy(@Root() t: CorrectionTask, @Ctx() ctx: GqlContext) {
    return t.resolvedBy ? ctx.loaders.user.load(t.resolvedBy.id) : null;
  }
}

@Resolver(() => TaskCommentType)
export class TaskCommentResolver {
  @FieldResolver(() => UserType)
  author(@Root() c: TaskComment, @Ctx() ctx: GqlContext) {
    return ctx.loaders.user.load(c.author.id);
  }
}
