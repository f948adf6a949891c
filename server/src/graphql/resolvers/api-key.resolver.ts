import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ApiKey } from '../../db/entities/index.js';
import type { GqlContext } from '../context.js';
import { roles } from '../helpers.js';
import { API_KEY_FILTER, ApiKeyList, ApiKeyListArgs } from '../lists.js';
import { whereOf } from '../../services/query.service.js';
import { ApiKeyType, CreateApiKeyInput, CreatedApiKey } from '../api-key.types.js';
import { UserType } from '../types.js';

@Resolver(() => ApiKeyType)
export class ApiKeyResolver {
  @Authorized(roles('admin'))
  @Query(() => ApiKeyList, { description: 'API keys of other systems (never their secrets)' })
  apiKeys(@Args() args: ApiKeyListArgs, @Ctx() ctx: GqlContext) {
    return ctx.services.query.list(ctx.em, ApiKey, whereOf(args.filter, API_KEY_FILTER), args);
  }

  @Authorized(roles('admin'))
  @Mutation(() => CreatedApiKey, { description: 'Create a key for another system; the returned key is shown only this once' })
  createApiKey(@Arg('input') input: CreateApiKeyInput, @Ctx() ctx: GqlContext) {
    return ctx.services.apiKeys.create(ctx, input);
  }

  @Authorized(roles('admin'))
  @Mutation(() => ApiKeyType, { description: 'Revoke a key at once (idempotent)' })
  revokeApiKey(@Arg('id', () => ID) id: string, @Ctx() ctx: GqlContext) {
    return ctx.services.apiKeys.revoke(ctx, id);
  }

  @FieldResolver(() => UserType)
  createdBy(@Root() k: ApiKey, @Ctx() ctx: GqlContext) {
    return ctx.loaders.user.load(k.createdBy.id);
  }
}
