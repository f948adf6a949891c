import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { User } from '../../db/entities/index.js';
import type { GqlContext } from '../context.js';
import { roles } from '../helpers.js';
import { LoginResult, UserType } from '../types.js';

@Resolver()
export class AuthResolver {
  @Mutation(() => LoginResult, { description: 'Exchange a username and password for a short-lived bearer token' })
  login(@Arg('username') username: string, @Arg('password') password: string, @Ctx() ctx: GqlContext): Promise<LoginResult> {
    return ctx.services.auth.login(ctx, username, password, ctx.clientIp);
  }

  @Authorized(roles('any'))
  @Query(() => UserType, { description: 'The signed-in user' })
  me(@Ctx() ctx: GqlContext): Promise<User> {
    return ctx.em.findOneOrFail(User, ctx.actor!.userId);
  }

  @Authorized(roles('any'))
  @Mutation(() => LoginResult, {
    description: 'Change your own password (the current one is required; the new one must pass the password policy). Signs out your other sessions and returns a fresh token',
  })
  changePassword(@Arg('oldPassword') oldPassword: string, @Arg('newPassword') newPassword: string, @Ctx() ctx: GqlContext): Promise<LoginResult> {
    return ctx.services.auth.changePassword(ctx, oldPassword, newPassword, ctx.clientIp);
  }

  @Authorized(roles('any'))
  @Mutation(() => Boolean, { description: 'Revoke this token (and every other token of your account)' })
  logout(@Ctx() ctx: GqlContext): Promise<boolean> {
    return ctx.services.auth.logout(ctx);
  }
}
