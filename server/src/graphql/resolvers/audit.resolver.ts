import { Arg, Args, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import { AuditEvent } from '../../db/entities/index.js';
import type { GqlContext } from '../context.js';
import { roles } from '../helpers.js';
import { AUDIT_FILTER, AuditEventList, AuditEventListArgs } from '../lists.js';
import { whereOf } from '../../services/query.service.js';
import { AuditEventType } from '../types.js';

@Resolver(() => AuditEventType)
export class AuditResolver {
  @Authorized(roles('admin'))
  @Query(() => AuditEventList, { description: 'The audit trail, newest first by default' })
  auditEvents(@Args() args: AuditEventListArgs, @Ctx() ctx: GqlContext) {
    return ctx.services.query.list(ctx.em, AuditEvent, whereOf(args.filter, AUDIT_FILTER), args);
  }

  @Authorized(roles('admin'))
  @Query(() => AuditEventType)
  auditEvent(@Arg('id', () => ID) id: string, @Ctx() ctx: GqlContext) {
    return ctx.services.query.get(ctx.em, AuditEvent, id, 'audit event');
  }
}
