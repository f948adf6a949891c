import { Arg, Args, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import { AuditEvent } from '../../db/entities/index.js';
import type { GqlContext } from '../context.js';
import { roles } from '../helpers.js';
import { AuditEventList, AuditEventListArgs } from '../lists.js';
import { toId } from '../../services/query.service.js';
import { AuditEventType } from '../types.js';

@Resolver(() => AuditEventType)
export class AuditResolver {
  @Authorized(roles('admin'))
  @Query(() => AuditEventList, { description: 'The audit trail, newest first by default' })
  auditEvents(@Args() args: AuditEventListArgs, @Ctx() ctx: GqlContext) {
    const f = args.filter ?? {};
    const where: Record<string, unknown> = {};
    if (f.entityType) where.entityType = f.entityType;
    if (f.entityId) where.entityId = toId(f.entityId, 'filter.entityId');
    if (f.action) where.action = f.action;
    if (f.from || f.to) where.at = { ...(f.from ? { $gte: f.from } : {}), ...(f.to ? { $lte: f.to } : {}) };
    return ctx.services.query.list(ctx.em, AuditEvent, where, args);
  }

  @Authorized(roles('admin'))
  @Query(() => AuditEventType)
  auditEvent(@Arg('id', () => ID) id: string, @Ctx() ctx: GqlContext) {
    return ctx.services.query.get(ctx.em, AuditEvent, id, 'audit event');
  }
}
