import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { User } from '../../db/entities/index.js';
import type { Role } from '../../domain/roles.js';
import type { GqlContext } from '../context.js';
import { roles } from '../helpers.js';
import { USER_FILTER, UserList, UserListArgs } from '../lists.js';
import { whereOf } from '../../services/query.service.js';
import { RegisterClerksResult, UserType } from '../types.js';
import { ClerkInput, CreateUserInput } from '../inputs.js';
import { ImportUsersResult, ResetPasswordResult, UpdateUserInput } from '../account.types.js';
import { isOneTimeHash, oneTimePasswordExpiresAt } from '../../domain/password.js';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { NO_PASSWORD } from '../../services/auth.service.js';
import { DomainError } from '../../domain/errors.js';

/** What the dashboard's upload may send: 10,000 rows of ~100 characters fit easily (MAX_BODY_BYTES is 8 MiB). */
export const MAX_IMPORT_ROWS = 10_000;
const MAX_IMPORT_CHARS = 4 * 1024 * 1024;

@Resolver(() => UserType)
export class UserResolver {
  @Authorized(roles('admin'))
  @Query(() => UserList)
  users(@Args() args: UserListArgs, @Ctx() ctx: GqlContext) {
    return ctx.services.query.list(ctx.em, User, whereOf(args.filter, USER_FILTER), args);
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

  @Authorized(roles('admin'))
  @Mutation(() => UserType, { description: 'Change name, role, keyer code or team; audited' })
  updateUser(@Arg('id', () => ID) id: string, @Arg('input') input: UpdateUserInput, @Ctx() ctx: GqlContext) {
    return ctx.services.accounts.update(ctx, id, input);
  }

  @Authorized(roles('admin'))
  @Mutation(() => UserType, { description: "Disable (signs the account out everywhere at once, and stops the API keys it created) or enable an account; not your own" })
  setUserActive(@Arg('id', () => ID) id: string, @Arg('active') active: boolean, @Ctx() ctx: GqlContext) {
    return ctx.services.accounts.setActive(ctx, id, active);
  }

  @Authorized(roles('admin'))
  @Mutation(() => ResetPasswordResult, { description: 'A new one-time password, shown once; the account must change it at its next sign-in and is signed out now' })
  resetPassword(@Arg('id', () => ID) id: string, @Ctx() ctx: GqlContext) {
    return ctx.services.accounts.resetPassword(ctx, id);
  }

  @Authorized(roles('admin'))
  @Mutation(() => ImportUsersResult, {
    description: `Create accounts from CSV (header username,displayName,role,keyerCode; at most ${MAX_IMPORT_ROWS} rows), each with a one-time password returned here once. Accounts already there are skipped; bad rows are reported by line`,
  })
  importUsers(@Arg('csv') csv: string, @Ctx() ctx: GqlContext) {
    if (csv.length > MAX_IMPORT_CHARS) throw new DomainError('TOO_MANY_ITEMS', `the CSV is over ${MAX_IMPORT_CHARS} characters; split the file`, { max: MAX_IMPORT_CHARS });
    return ctx.services.userImport.import(ctx, csv, { maxRows: MAX_IMPORT_ROWS, via: 'graphql' });
  }

  @FieldResolver(() => Boolean, { description: 'Holds a one-time password not yet changed (after a reset or an import)' })
  mustChangePassword(@Root() user: User): boolean {
    return isOneTimeHash(user.passwordHash);
  }

  @Authorized(roles('admin'))
  @FieldResolver(() => GraphQLDateTimeISO, {
    nullable: true,
    description: 'Admins: when the one-time password this account holds stops opening it (ONE_TIME_PASSWORD_TTL_HOURS after the reset or import; in the past: expired, reset it again); null when it holds none',
  })
  oneTimePasswordExpiresAt(@Root() user: User, @Ctx() ctx: GqlContext): Date | null {
    return oneTimePasswordExpiresAt(user.passwordHash, ctx.services.config.oneTimePasswordTtlSeconds);
  }

  @FieldResolver(() => Boolean, { description: 'Can sign in at all (clerks registered by registerClerks cannot until a reset gives them a one-time password)' })
  hasPassword(@Root() user: User): boolean {
    return user.passwordHash !== NO_PASSWORD;
  }
}
