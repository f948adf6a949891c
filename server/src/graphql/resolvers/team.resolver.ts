import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Team, User } from '../../db/entities/index.js';
import type { GqlContext } from '../context.js';
import { roles } from '../helpers.js';
import { TEAM_FILTER, TeamList, TeamListArgs } from '../lists.js';
import { toId, whereOf } from '../../services/query.service.js';
import { TeamType, UserType } from '../types.js';
import { CreateTeamInput, UpdateTeamInput } from '../inputs.js';

@Resolver(() => TeamType)
export class TeamResolver {
  @Authorized(roles('admin'))
  @Query(() => TeamList)
  teams(@Args() args: TeamListArgs, @Ctx() ctx: GqlContext) {
    return ctx.services.query.list(ctx.em, Team, whereOf(args.filter, TEAM_FILTER), args);
  }

  @Authorized(roles('admin'))
  @Mutation(() => TeamType, { description: 'A team by province or by batches; audited as team.create' })
  createTeam(@Arg('input') input: CreateTeamInput, @Ctx() ctx: GqlContext) {
    return ctx.services.teams.create(ctx, input);
  }

  @Authorized(roles('admin'))
  @Mutation(() => TeamType, { description: 'Rename a team or change what it covers; its members’ next requests see the change; audited as team.update' })
  updateTeam(@Arg('id', () => ID) id: string, @Arg('input') input: UpdateTeamInput, @Ctx() ctx: GqlContext) {
    return ctx.services.teams.update(ctx, toId(id), input);
  }

  @Authorized(roles('admin'))
  @Mutation(() => UserType, { description: 'Put an account in a team, or take it out (teamId null: national); admins belong to no team; audited as user.team' })
  setUserTeam(@Arg('userId', () => ID) userId: string, @Arg('teamId', () => ID, { nullable: true }) teamId: string | null, @Ctx() ctx: GqlContext) {
    return ctx.services.teams.setUserTeam(ctx, toId(userId, 'userId'), teamId == null ? null : toId(teamId, 'teamId'));
  }
}

@Resolver(() => UserType)
export class UserTeamResolver {
  @FieldResolver(() => TeamType, { nullable: true, description: 'No team: national' })
  team(@Root() u: User, @Ctx() ctx: GqlContext) {
    return u.team ? ctx.loaders.team.load(u.team.id) : null;
  }
}
