import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { GqlContext } from '../context.js';
import { roles, toFieldDefinition } from '../helpers.js';
import { toId } from '../../services/query.service.js';
import type { KeyingLease } from '../../services/keying-work.js';
import { SCAN_CONTENT_TYPE } from '../../domain/scan-file.js';
import { KeyingFiguresType, KeyingLeaseType, LeasedKeyingInput, LeasedKeyingOutcome } from '../keying-work.types.js';
import { skipValidation } from '../validation.js';

async function present(ctx: GqlContext, l: KeyingLease | null): Promise<KeyingLeaseType | null> {
  if (!l) return null;
  const t = await ctx.services.templates.get(ctx.em, l.templateId);
  const path = `/scans/${encodeURIComponent(l.batchCode)}/${encodeURIComponent(l.formNumber)}.${l.scanFormat}`;
  return {
    id: l.id,
    batchId: l.batchId,
    batchCode: l.batchCode,
    formNumber: l.formNumber,
    claimedAt: l.claimedAt,
    leaseUntil: l.leaseUntil,
    scanUrl: l.scanFormat ? path : null,
    scanType: l.scanFormat ? SCAN_CONTENT_TYPE[l.scanFormat] : null,
    fields: t.fields.map(toFieldDefinition),
  };
}

@Resolver()
export class KeyingWorkResolver {
  @Authorized(roles('keyForms'))
  @Mutation(() => KeyingLeaseType, {
    nullable: true,
    description: 'The form you hold to key, or the next one (oldest batch first; optionally in one batch) under a lease; null when nothing is left for you.',
  })
  async claimNextKeying(@Arg('batchId', () => ID, { nullable: true }) batchId: string | null, @Ctx() ctx: GqlContext) {
    return present(ctx, await ctx.services.keyingWork.claimNext(ctx, batchId ? toId(batchId, 'batchId') : null));
  }

  @Authorized(roles('keyForms'))
  @Mutation(() => LeasedKeyingOutcome, {
    description: 'Save your keying of a leased form (through submitKeyings’ own checks); a retry with the same idempotency key answers DUPLICATE. With next: true, the next form comes in the same answer.',
  })
  async saveLeasedKeying(
    @Arg('id', () => ID) id: string,
    @Arg('keying', () => LeasedKeyingInput, { validateFn: skipValidation }) keying: LeasedKeyingInput,
    @Arg('next', () => Boolean, { defaultValue: false }) next: boolean,
    @Arg('batchId', () => ID, { nullable: true, description: 'With next: the next form from this batch only' }) batchId: string | null,
    @Ctx() ctx: GqlContext,
  ) {
    const r = await ctx.services.keyingWork.saveAndNext(ctx, id, keying, next ? { batchId: batchId ? toId(batchId, 'batchId') : null } : null);
    return { status: r.status, next: await present(ctx, r.next) };
  }

  @Authorized(roles('keyForms'))
  @Query(() => KeyingFiguresType, { description: 'Your own keying figures' })
  myKeyingFigures(@Ctx() ctx: GqlContext) {
    return ctx.services.keyingWork.figures(ctx);
  }
}
