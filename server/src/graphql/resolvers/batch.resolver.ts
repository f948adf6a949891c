import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Field, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import DataLoader from 'dataloader';
import { Batch, FormTemplate } from '../../db/entities/index.js';
import type { GqlContext } from '../context.js';
import { teamWhere, withinTeam } from '../../services/team.service.js';
import { exec } from '../../services/sql.js';
import { roles } from '../helpers.js';
import { BATCH_FILTER, BatchList, BatchListArgs } from '../lists.js';
import { toId, whereOf } from '../../services/query.service.js';
import { BatchType, ExportManifest, Template } from '../types.js';
import { CreateBatchInput, SpotCheckPolicyInput } from '../inputs.js';
import type { ExportResult } from '../../services/handover.service.js';

@ObjectType({ description: 'How far the forms of a batch have come' })
export class BatchProgress {
  @Field(() => Int) forms!: number;
  @Field(() => Int) awaitingKeyings!: number;
  @Field(() => Int) onePassKeyed!: number;
  @Field(() => Int) inReview!: number;
  @Field(() => Int) autoVerified!: number;
  @Field(() => Int) verified!: number;
}

const progressLoaders = new WeakMap<GqlContext, DataLoader<number, BatchProgress>>();
function progressLoader(ctx: GqlContext) {
  let l = progressLoaders.get(ctx);
  if (!l) {
    l = new DataLoader(async (ids) => {
      const rows = await exec<{ batch_id: number; status: string; n: number }[]>(ctx.em, 
        `select batch_id, status, count(*) as n from form where batch_id in (${ids.map(() => '?').join(',')}) group by batch_id, status`,
        [...ids],
      );
      const m = new Map<number, BatchProgress>();
      for (const id of ids) m.set(id, { forms: 0, awaitingKeyings: 0, onePassKeyed: 0, inReview: 0, autoVerified: 0, verified: 0 });
      const key: Record<string, keyof BatchProgress> = { AWAITING_KEYINGS: 'awaitingKeyings', ONE_PASS_KEYED: 'onePassKeyed', IN_REVIEW: 'inReview', AUTO_VERIFIED: 'autoVerified', VERIFIED: 'verified' };
      for (const r of rows) {
        const p = m.get(Number(r.batch_id))!;
        p[key[r.status]] += Number(r.n);
        p.forms += Number(r.n);
      }
      return ids.map((id) => m.get(id)!);
    });
    progressLoaders.set(ctx, l);
  }
  return l;
}

function toManifest(r: ExportResult): ExportManifest {
  const m = r.manifest;
  return {
    batch: m.batch,
    templateCode: m.template.code,
    templateVersion: m.template.version,
    recordCount: m.recordCount,
    rejectedForms: m.rejectedForms,
    files: m.files,
    csvFormulaGuard: m.csvFormulaGuard ?? null,
    exportedBy: m.exportedBy,
    exportedAt: new Date(m.exportedAt),
    manifestSha256: r.manifestSha256,
    directory: r.directory,
  };
}

@Resolver(() => BatchType)
export class BatchResolver {
  @Authorized(roles('readBatches'))
  @Query(() => BatchList)
  async batches(@Args() args: BatchListArgs, @Ctx() ctx: GqlContext) {
    return ctx.services.query.list(ctx.em, Batch, withinTeam(ctx.actor, 'self', whereOf(args.filter, BATCH_FILTER)), args);
  }

  @Authorized(roles('readBatches'))
  @Query(() => BatchType)
  batch(@Arg('id', () => ID) id: string, @Ctx() ctx: GqlContext) {
    return ctx.services.query.get(ctx.em, Batch, id, 'batch', teamWhere(ctx.actor, 'self'));
  }

  @Authorized(roles('admin'))
  @Mutation(() => BatchType, { description: 'Register a batch of scanned forms from one commune' })
  createBatch(@Arg('input') input: CreateBatchInput, @Ctx() ctx: GqlContext) {
    return ctx.services.batches.create(ctx, input);
  }

  @Authorized(roles('admin'))
  @Mutation(() => BatchType, { description: 'Set or clear the spot-check policy of a batch (applies to forms verified from now on)' })
  setSpotCheckPolicy(@Arg('batchId', () => ID) batchId: string, @Arg('policy') policy: SpotCheckPolicyInput, @Ctx() ctx: GqlContext) {
    return ctx.services.batches.setSpotCheckPolicy(ctx, toId(batchId), policy);
  }

  @Authorized(roles('admin'))
  @Mutation(() => ExportManifest, { description: 'Hand over a ready batch: write its verified records (NDJSON, CSV) and manifest, then lock it. Idempotent.' })
  async exportBatch(@Arg('batchId', () => ID) batchId: string, @Ctx() ctx: GqlContext) {
    return toManifest(await ctx.services.handover.export(ctx, toId(batchId, 'batchId')));
  }

  @Authorized(roles('admin'))
  @Mutation(() => BatchType, { description: 'Unlock a handed-over batch; the reason is recorded' })
  reopenBatch(@Arg('batchId', () => ID) batchId: string, @Arg('reason') reason: string, @Ctx() ctx: GqlContext) {
    return ctx.services.handover.reopen(ctx, toId(batchId, 'batchId'), reason);
  }

  @FieldResolver(() => Template)
  template(@Root() b: Batch, @Ctx() ctx: GqlContext) {
    return ctx.em.findOneOrFail(FormTemplate, b.template.id);
  }

  @FieldResolver(() => BatchProgress)
  progress(@Root() b: Batch, @Ctx() ctx: GqlContext) {
    return progressLoader(ctx).load(b.id);
  }
}
