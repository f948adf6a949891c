import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { User } from '../../db/entities/index.js';
import type { Role } from '../../domain/roles.js';
import type { GqlContext } from '../context.js';
import { roles } from '../helpers.js';
import { UserList, UserListArgs } from '../lists.js';
import { toId } from '../../services/query.service.js';
import { ClerkInput, CreateUserInput, RegisterClerksResult, UserType } from '../types.js';

@Resolver(() => UserType)
export class UserResolver {
  @Authorized(roles('admin'))
  @Query(() => UserList)
  users(@Args() args: UserListArgs, @Ctx() ctx: GqlContext) {
    const f = args.filter ?? {};
    const where: Record<string, unknown> = {};
    if (f.ids) where.id = { $in: f.ids.map((x) => toId(x, 'filter.ids')) };
    if (f.role) where.role = f.role;
    if (f.active !== undefined && f.active !== null) where.active = f.active;
    return ctx.services.query.list(ctx.em, User, where, args);
  }

  @Authorized(roles('admin'))
  @Query(() => UserType)
  user(@Arg('id', () => ID) id: string, @Ctx() ctx: GqlContext) {
    return ctx.services.query.get(ctx.em, User, id, 'user');
  }

  @Authorized(roles('admin'))
  @Mutation(() => UserType)
  async createUser(@Arg('input') input: CreateUserInput, @Ctx() ctx: GqlContext) {
    const team = await ctx.services.teams.forNewUser(ctx.em, input.team, input.role as Role);
    return ctx.services.auth.createUser(ctx, { ...input, role: input.role as Role, team });
  }

  @Authorized(roles('admin'))
  @Mutation(() => RegisterClerksResult, {
    description: 'Register clerks (KEYER accounts without a password) so stations may import keyings under their codes; at most 5,000 per call; resending is harmless',
  })
  registerClerks(@Arg('clerks', () => [ClerkInput]) clerks: ClerkInput[], @Ctx() ctx: GqlContext) {
    return ctx.services.auth.registerClerks(ctx, clerks);
  }
}
